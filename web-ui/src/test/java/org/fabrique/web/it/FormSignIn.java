package org.fabrique.web.it;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the login page as a browser does, without a browser: reads the form (its hidden fields, the
 * view state and the CSRF token among them), posts it with the demo password and returns the session cookie, for
 * tests that request pages over plain HTTP.
 */
public final class FormSignIn {

    private static final Pattern FORM = Pattern.compile("<form id=\"login\".*?</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");

    private FormSignIn() {
    }

    /** The {@code Cookie} header value ({@code FABRIQUE_SESSION=…}) of a session signed in as {@code username}. */
    public static String cookie(Api api, String base, String username) {
        HttpResponse<String> page = api.send(api.request("login.xhtml", null).setHeader("Accept", "text/html").GET().build());
        Matcher form = FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no login form on /login.xhtml: " + page.statusCode());
        }
        StringBuilder body = new StringBuilder();
        Matcher hidden = HIDDEN.matcher(form.group());
        while (hidden.find()) {
            String name = attribute(hidden.group(), "name");
            if (name != null) {
                body.append(encode(name)).append('=').append(encode(attribute(hidden.group(), "value"))).append('&');
            }
        }
        body.append("login%3Ausername=").append(encode(username)).append("&login%3Apassword=")
                .append(encode(DemoAccounts.PASSWORD)).append("&login%3Asubmit=");
        HttpRequest.Builder post = api.request("login.xhtml", null).setHeader("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base.replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        page.headers().allValues("Set-Cookie").forEach(c -> post.header("Cookie", c.split(";", 2)[0]));
        HttpResponse<String> answer = api.send(post.build());
        return answer.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("FABRIQUE_SESSION=")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("signing in as " + username + " gave no session: "
                        + answer.statusCode()));
    }

    private static String attribute(String tag, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&").replace("&quot;", "\"") : null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
