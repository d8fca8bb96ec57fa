import java.util.ArrayList;
import java.util.List;

/**
 * Just enough JSON reading for the API's answers, with the JDK alone: the objects of a page's {@code "items"}, and
 * a field of an object at the object's own level (never one of the same name in a nested object before it).
 */
final class Json {

    private Json() {
    }

    /** The objects of a page's {@code "items"} array ({@code {"items":[…],"page",…}}), each as its JSON text. */
    static List<String> items(String page) {
        int start = page.indexOf("\"items\":[");
        if (start < 0) {
            throw new IllegalStateException("no items in " + excerpt(page));
        }
        List<String> items = new ArrayList<>();
        int depth = 0;
        int from = -1;
        boolean inString = false;
        for (int i = start + "\"items\":[".length(); i < page.length(); i++) {
            char c = page.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (depth++ == 0) {
                    from = i;
                }
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return items;
                }
                if (--depth == 0) {
                    items.add(page.substring(from, i + 1));
                }
            }
        }
        throw new IllegalStateException("the items never end in " + excerpt(page));
    }

    /** The id of a page's first item. */
    static long firstId(String page) {
        List<String> items = items(page);
        if (items.isEmpty()) {
            throw new IllegalStateException("no item in " + excerpt(page));
        }
        return Long.parseLong(field(items.get(0), "id"));
    }

    /** A string or number field at the object's own level, as text (a string's escapes left as they are). */
    static String field(String object, String name) {
        String key = "\"" + name + "\":";
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < object.length(); i++) {
            char c = object.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                if (depth == 1 && object.startsWith(key, i)) {
                    return value(object, i + key.length(), name);
                }
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        throw new IllegalStateException("no " + name + " in " + excerpt(object));
    }

    private static String value(String object, int start, String name) {
        if (object.startsWith("\"", start)) {
            for (int i = start + 1; i < object.length(); i++) {
                if (object.charAt(i) == '\\') {
                    i++;
                } else if (object.charAt(i) == '"') {
                    return object.substring(start + 1, i);
                }
            }
        } else {
            for (int i = start; i < object.length(); i++) {
                char c = object.charAt(i);
                if (c == ',' || c == '}' || c == ']') {
                    return object.substring(start, i).strip();
                }
            }
        }
        throw new IllegalStateException("the value of " + name + " never ends in " + excerpt(object));
    }

    private static String excerpt(String json) {
        return json.substring(0, Math.min(300, json.length()));
    }
}
