package org.fabrique.web.it.security;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The REST API's endpoints, found by reflection over the JAX-RS resources of {@value #API_PACKAGE}: what the role
 * matrix and the bad-input corpus call.
 */
final class RestEndpoints {

    static final String API_PACKAGE = "org.fabrique.web.api";

    /** The JAX-RS annotations of a parameter that is not the request's body. */
    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.<Class<? extends Annotation>>of(
            PathParam.class, QueryParam.class, HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class,
            BeanParam.class, Context.class);

    /**
     * An endpoint: its HTTP method, its path template, the type its body is read into (null when it reads none),
     * what it answers.
     */
    record Endpoint(String method, String template, Type body, String accepts) {

        boolean readsBody() {
            return body != null;
        }

        String key() {
            return method + " " + template;
        }

        /** Reads first, then writes, then deletions, so that a record is gone only once everything else used it. */
        int phase() {
            return switch (method) {
                case "GET", "HEAD", "OPTIONS" -> 0;
                case "DELETE" -> 2;
                default -> 1;
            };
        }
    }


    /** Every resource method of the concrete {@code @Path} classes under {@link #API_PACKAGE}, inherited ones included. */
    static List<Endpoint> discover() {
        List<Class<?>> classes = classesUnder(API_PACKAGE);
        String root = classes.stream().filter(Application.class::isAssignableFrom)
                .map(type -> type.getAnnotation(ApplicationPath.class)).filter(Objects::nonNull)
                .map(ApplicationPath::value).findFirst()
                .orElseThrow(() -> new IllegalStateException("no @ApplicationPath class under " + API_PACKAGE));
        Map<String, Endpoint> found = new TreeMap<>();
        for (Class<?> type : classes) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.isBridge() || method.isSynthetic() || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                Method annotated = resourceMethod(method);
                if (annotated == null) {
                    continue;
                }
                String verb = httpMethod(annotated);
                if (verb == null) {
                    throw new IllegalStateException(type.getName() + "." + method.getName()
                            + " is a sub-resource locator: the role matrix cannot tell what it serves");
                }
                Path methodPath = annotated.getAnnotation(Path.class);
                Endpoint endpoint = new Endpoint(verb, template(root, classPath.value(),
                        methodPath == null ? "" : methodPath.value()), body(annotated), accepts(annotated, type));
                found.putIfAbsent(endpoint.key(), endpoint);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The method carrying the JAX-RS annotations of this public method: itself, or as JAX-RS inherits them, the
     * method it overrides or implements when it carries none.
     */
    static Method resourceMethod(Method method) {
        for (Class<?> type = method.getDeclaringClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            Method declared = declared(type, method);
            if (declared != null && isJaxRs(declared)) {
                return declared;
            }
            for (Class<?> contract : type.getInterfaces()) {
                Method inInterface = declared(contract, method);
                if (inInterface != null && isJaxRs(inInterface)) {
                    return inInterface;
                }
            }
        }
        return null;
    }

    private static Method declared(Class<?> type, Method method) {
        try {
            return type.getDeclaredMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static boolean isJaxRs(Method method) {
        return method.isAnnotationPresent(Path.class) || httpMethod(method) != null;
    }

    /** GET, POST…: the value of the annotation that carries {@code @HttpMethod}, if any. */
    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The type of the parameter that is the request's body (the one without a JAX-RS annotation), null if none. */
    static Type body(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            if (Arrays.stream(annotations[i]).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))) {
                return method.getGenericParameterTypes()[i];
            }
        }
        return null;
    }

    /** The Accept header the call sends: JSON, or the one type the method produces (a PDF), or anything (downloads). */
    static String accepts(Method method, Class<?> type) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : type.getAnnotation(Produces.class);
        if (produces == null) {
            return "*/*";
        }
        List<String> types = Arrays.asList(produces.value());
        if (types.stream().anyMatch(t -> t.contains("json"))) {
            return "application/json";
        }
        return types.size() == 1 && !types.get(0).contains("*") ? types.get(0) : "*/*";
    }

    /** The parts joined with single slashes, each path parameter written {name}, without its regular expression. */
    static String template(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            for (String segment : withoutExpressions(part).split("/")) {
                if (!segment.isBlank()) {
                    path.append('/').append(segment.strip());
                }
            }
        }
        return path.toString();
    }

    /** {@code {format: csv|xlsx}} becomes {@code {format}}; braces inside the expression are counted. */
    static String withoutExpressions(String path) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 1;
            int colon = -1;
            int j = i + 1;
            while (j < path.length() && depth > 0) {
                char d = path.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                } else if (d == ':' && depth == 1 && colon < 0) {
                    colon = j;
                }
                j++;
            }
            int end = colon >= 0 ? colon : j - 1;
            out.append('{').append(path.substring(i + 1, Math.max(i + 1, end)).strip()).append('}');
            i = j;
        }
        return out.toString();
    }

    /** The classes of a package and its sub-packages on the test classpath (web-ui's classes), nested ones aside. */
    static List<Class<?>> classesUnder(String packageName) {
        ClassLoader loader = RestEndpoints.class.getClassLoader();
        String folder = packageName.replace('.', '/');
        Set<String> files = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    java.nio.file.Path base = Paths.get(root.toURI());
                    try (Stream<java.nio.file.Path> walk = Files.walk(base)) {
                        walk.map(file -> base.relativize(file).toString().replace(File.separatorChar, '/'))
                                .filter(name -> name.endsWith(".class"))
                                .forEach(name -> files.add(folder + "/" + name));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(JarEntry::getName)
                                .filter(name -> name.startsWith(folder + "/") && name.endsWith(".class"))
                                .forEach(files::add);
                    }
                } else {
                    throw new IllegalStateException("cannot list the classes at " + root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String file : files) {
            String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            if (name.contains("$") || name.endsWith("package-info") || name.endsWith("module-info")) {
                continue;
            }
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
        }
        return classes;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The run: callers, the records the paths name, the calls

    private RestEndpoints() {
    }
}
