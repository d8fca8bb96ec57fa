package org.fabrique.web.it.security;

import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The actions of the pages, found in the Facelets sources and checked against the backing beans by reflection: each
 * component bound to a backing bean's method ({@code action}, {@code actionListener}, an ajax {@code listener}) on a
 * page or in a template the page includes. The layout's own actions (sign out, language) are everyone's and not
 * listed; the actions that load a page ({@code f:viewAction}) are the page matrix's.
 */
final class PageActions {

    static final String WEB_PACKAGE = "org.fabrique.web";
    private static final Set<String> ACTION_ATTRIBUTES = Set.of("action", "actionListener", "listener");
    /** {@code #{bean.method}}, {@code #{bean.method(arguments)}} or {@code #{bean[parameter]}}. */
    private static final Pattern BINDING = Pattern.compile(
            "#\\{\\s*([A-Za-z_]\\w*)\\s*(?:\\.([A-Za-z_]\\w*)\\s*(?:\\(.*\\))?|\\[\\s*([A-Za-z_]\\w*)\\s*])\\s*}", Pattern.DOTALL);

    /** A component that runs a backing bean's method: its id, the bean's name and the method's. */
    record Action(String componentId, String bean, String method, String file) {

        String key() {
            return componentId + ":" + bean + "." + method;
        }
    }

    private PageActions() {
    }

    /** The actions of a page (its address's path, e.g. /dialogue/project.xhtml) and of the templates it includes. */
    static List<Action> of(String page, List<String> problems) {
        Set<Action> found = new LinkedHashSet<>();
        collect(page, Map.of(), found, 0, problems);
        return List.copyOf(found);
    }

    /**
     * The actions of a Facelets file, with the parameters it was included with ({@code ui:param}: a bean passed as
     * {@code #{candidatePageView}}, a method's name used as {@code #{referenceDataView[action]}}).
     */
    private static void collect(String file, Map<String, String> included, Set<Action> found, int depth,
            List<String> problems) {
        if (depth > 10) {
            problems.add(file + ": templates included more than 10 deep");
            return;
        }
        Document document = parse(Paths.get(PageMatrixIT.PAGES + file));
        NodeList elements = document.getElementsByTagName("*");
        Map<String, String> params = new HashMap<>(included);
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if ("ui:param".equals(element.getTagName())
                    && !"ui:include".equals(((Element) element.getParentNode()).getTagName())) {
                params.put(element.getAttribute("name"), element.getAttribute("value"));
            }
        }
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String tag = element.getTagName();
            if ("ui:include".equals(tag) && element.getAttribute("src").startsWith("/")) {
                Map<String, String> passed = new HashMap<>();
                NodeList children = element.getElementsByTagName("ui:param");
                for (int c = 0; c < children.getLength(); c++) {
                    Element param = (Element) children.item(c);
                    passed.put(param.getAttribute("name"), param.getAttribute("value"));
                }
                collect(element.getAttribute("src"), passed, found, depth + 1, problems);
            }
            if ("f:viewAction".equals(tag) || !tag.contains(":")) {
                // a page's loading is the page matrix's; a plain HTML form's action is an address
                continue;
            }
            for (String attribute : ACTION_ATTRIBUTES) {
                String value = element.getAttribute(attribute);
                if (!value.contains("#{")) {
                    continue;
                }
                Matcher binding = BINDING.matcher(value.strip());
                if (!binding.matches()) {
                    problems.add(file + ": " + attribute + "=\"" + value + "\" is not a call of a bean's method");
                    continue;
                }
                String bean = binding.group(1);
                String passedBean = params.get(bean);
                if (passedBean != null && passedBean.startsWith("#{") && passedBean.endsWith("}")) {
                    bean = passedBean.substring(2, passedBean.length() - 1).strip();
                }
                String method = binding.group(2) != null ? binding.group(2) : params.get(binding.group(3));
                if (method == null) {
                    problems.add(file + ": " + value + " names a method through " + binding.group(3) + ", a parameter "
                            + "its includer does not give");
                    continue;
                }
                boolean ajax = tag.endsWith(":ajax");
                Element component = ajax ? (Element) element.getParentNode() : element;
                String id = component.getAttribute("id");
                if (id.isEmpty()) {
                    problems.add(file + ": the " + component.getTagName() + " running " + value
                            + " has no id: give it one, so that the page matrix of actions can find it");
                    continue;
                }
                found.add(new Action(id, bean, method, file));
            }
        }
    }

    /** Checks by reflection that each action's bean is a named bean of the WAR with a public method of that name. */
    static void checkAgainstBeans(List<Action> actions, List<String> problems) {
        Map<String, Class<?>> beans = new HashMap<>();
        for (Class<?> type : RestEndpoints.classesUnder(WEB_PACKAGE)) {
            Named named = type.getAnnotation(Named.class);
            if (named != null) {
                String name = named.value().isEmpty()
                        ? Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)
                        : named.value();
                beans.put(name, type);
            }
        }
        for (Action action : actions) {
            Class<?> bean = beans.get(action.bean());
            if (bean == null) {
                problems.add(action.file() + ": no named bean " + action.bean() + " under " + WEB_PACKAGE);
            } else if (Arrays.stream(bean.getMethods()).noneMatch(m -> m.getName().equals(action.method())
                    && Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() != Object.class)) {
                problems.add(action.file() + ": " + bean.getSimpleName() + " has no public method " + action.method());
            }
        }
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            try (InputStream in = Files.newInputStream(file)) {
                return factory.newDocumentBuilder().parse(in);
            }
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
