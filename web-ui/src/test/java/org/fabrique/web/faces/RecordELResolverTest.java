package org.fabrique.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Row(long id, String name) {
    }

    private final RecordELResolver resolver = new RecordELResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void reads_a_component_and_marks_it_resolved() {
        assertThat(resolver.getValue(context, new Row(7, "Culture"), "name")).isEqualTo("Culture");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leaves_unknown_properties_and_other_objects_to_other_resolvers() {
        assertThat(resolver.getValue(context, new Row(7, "Culture"), "title")).isNull();
        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void records_are_read_only() {
        assertThat(resolver.isReadOnly(context, new Row(7, "Culture"), "name")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context, new Row(7, "Culture"), "name", "Sport"))
                .isInstanceOf(PropertyNotWritableException.class);
    }
}
