package org.fabrique.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between modules point one way only (architecture.md): a mission module never depends on
 * another mission module, and workshop-core depends on no mission module nor on the web layer. Each mission's
 * demo content is its own module's leaf, reached by the start-up through the core's port only.
 */
class ModuleBoundariesTest {

    private static JavaClasses fabrique;

    @BeforeAll
    static void importClasses() {
        fabrique = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fabrique");
    }

    @Test
    void mission_modules_do_not_depend_on_each_other() {
        slices().matching("org.fabrique.(dialogue|evaluation|prospective)..").namingSlices("mission $1")
                .should().notDependOnEachOther()
                .allowEmptyShould(true)
                .check(fabrique);
    }

    @Test
    void the_core_depends_on_no_mission_module_and_not_on_the_web_layer() {
        noClasses().that().resideInAPackage("org.fabrique.core..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.fabrique.dialogue..", "org.fabrique.evaluation..", "org.fabrique.prospective..",
                        "org.fabrique.web..")
                .check(fabrique);
    }

    @Test
    void mission_modules_do_not_depend_on_the_web_layer() {
        noClasses().that().resideInAnyPackage("org.fabrique.dialogue..", "org.fabrique.evaluation..", "org.fabrique.prospective..")
                .should().dependOnClassesThat().resideInAPackage("org.fabrique.web..")
                .allowEmptyShould(true)
                .check(fabrique);
    }

    @Test
    void inside_each_module_the_domain_knows_neither_its_application_nor_its_infrastructure() {
        noClasses().that().resideInAPackage("org.fabrique.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fabrique.*.application..", "org.fabrique.*.infrastructure..")
                .check(fabrique);
    }

    @Test
    void inside_each_module_the_application_layer_does_not_know_the_infrastructure() {
        noClasses().that().resideInAPackage("org.fabrique.*.application..")
                .should().dependOnClassesThat().resideInAPackage("org.fabrique.*.infrastructure..")
                .check(fabrique);
    }

    @Test
    void each_missions_demo_is_a_leaf_the_web_layer_does_not_know() {
        noClasses().that().resideOutsideOfPackages("org.fabrique.*.demo..", "org.fabrique.web.startup..")
                .should().dependOnClassesThat().resideInAPackage("org.fabrique.*.demo..")
                .check(fabrique);
        noClasses().that().resideInAPackage("org.fabrique.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fabrique.dialogue.demo..",
                        "org.fabrique.evaluation.demo..", "org.fabrique.prospective.demo..")
                .check(fabrique);
    }

    @Test
    void the_web_layers_packages_form_no_loop() {
        slices().matching("org.fabrique.web.(*)..").namingSlices("web.$1")
                .should().beFreeOfCycles()
                .check(fabrique);
    }

    @Test
    void the_core_classes_are_actually_imported() {
        // guards the rules above against an import that silently finds nothing
        org.assertj.core.api.Assertions.assertThat(fabrique.containPackage("org.fabrique.core.domain")).isTrue();
        org.assertj.core.api.Assertions.assertThat(fabrique.containPackage("org.fabrique.web.api")).isTrue();
        org.assertj.core.api.Assertions.assertThat(fabrique.containPackage("org.fabrique.evaluation.demo")).isTrue();
    }
}
