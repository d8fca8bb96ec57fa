package org.fabrique.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OwnAddressesTest {

    @Test
    void an_address_built_from_a_forged_host_becomes_the_path_alone() {
        assertEquals("/fabrique/api/programmes/3", OwnAddresses.rewrite("http://evil.example/fabrique/api/programmes/3",
                "evil.example", "/fabrique/api/programmes", null));
    }

    @Test
    void with_a_public_address_configured_it_becomes_that_address_and_the_path() {
        assertEquals("https://fabrique.ville.fr/login.xhtml?next=%2Findex.xhtml", OwnAddresses.rewrite(
                "http://evil.example:8080/login.xhtml?next=%2Findex.xhtml", "evil.example:8080", "/index.xhtml",
                "https://fabrique.ville.fr"));
        assertEquals("https://fabrique.ville.fr/index.xhtml",
                OwnAddresses.rewrite("/index.xhtml", "anything", "/login.xhtml", "https://fabrique.ville.fr"));
    }

    @Test
    void a_relative_address_is_resolved_against_the_request_path() {
        assertEquals("/fabrique/dialogue/project.xhtml?id=4",
                OwnAddresses.rewrite("project.xhtml?id=4", "localhost", "/fabrique/dialogue/projects.xhtml", null));
    }

    @Test
    void an_address_on_another_host_than_the_requests_is_left_alone() {
        assertEquals("https://www.service-public.fr/x", OwnAddresses.rewrite("https://www.service-public.fr/x",
                "localhost:8080", "/", null));
        assertEquals("//cdn.example/x", OwnAddresses.rewrite("//cdn.example/x", "localhost", "/", null));
    }
}
