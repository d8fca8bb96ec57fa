package org.fabrique.web.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.fabrique.web.it.Api;
import org.fabrique.web.it.DemoAccounts;
import org.fabrique.web.it.DeployedFabrique;
import org.junit.jupiter.api.Test;

/**
 * A forged {@code Host} header never shapes an address Fabrique sends back: the redirect to the login page
 * and the {@code Location} of a created record are the path alone (no FABRIQUE_BASE_URL is set here).
 */
class HostHeaderIT extends DeployedFabrique {

    /** Sends a raw HTTP/1.1 request (a Java client cannot forge Host) and returns the status line and headers. */
    private String raw(String method, String path, String extraHeaders, String body) throws IOException {
        URI uri = URI.create(base.toString());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String request = method + " " + uri.getPath() + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n"
                    + extraHeaders + "Content-Length: " + content.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        }
    }

    private static String location(String head) {
        return head.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).map(l -> l.substring(9).strip())
                .findFirst().orElseThrow(() -> new AssertionError("no Location in\n" + head));
    }

    @Test
    void the_redirect_to_the_login_page_does_not_name_the_forged_host() throws IOException {
        String head = raw("GET", "dialogue/programmes.xhtml", "", "");

        assertThat(head).startsWith("HTTP/1.1 302");
        assertThat(location(head)).startsWith(URI.create(base.toString()).getPath() + "login.xhtml").doesNotContain("evil");
    }

    @Test
    void the_location_of_a_created_record_does_not_name_the_forged_host() throws IOException {
        String head = raw("POST", "api/directorates", "Authorization: " + Api.basic(DemoAccounts.POLE, DemoAccounts.PASSWORD)
                + "\r\nContent-Type: application/json\r\n", "{\"name\":\"Direction des hôtes " + System.nanoTime() + "\"}");

        assertThat(head).startsWith("HTTP/1.1 201");
        assertThat(location(head)).matches(URI.create(base.toString()).getPath() + "api/directorates/\\d+");
    }
}
