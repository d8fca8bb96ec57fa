package org.fabrique.web.prospective;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import org.fabrique.prospective.application.InputService.NewInput;
import org.fabrique.prospective.application.InputService.InputView;
import org.fabrique.prospective.domain.ResourceType;

/**
 * What a page's form says of a workshop resource (resource-fields.xhtml), to add one or to correct one: empty, or
 * filled from a resource. The issues it informs are ids as strings: a checkbox's values get no conversion.
 */
public class ResourceFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private ResourceType type;
    private String title;
    private String source;
    private String organisation;
    private String content;
    private String lesson;
    private LocalDate date;
    private String[] informed = new String[0];

    /** The fields filled with what was recorded of the resource. */
    static ResourceFields of(InputView resource) {
        ResourceFields fields = new ResourceFields();
        fields.type = resource.type();
        fields.title = resource.title();
        fields.source = resource.source();
        fields.organisation = resource.organisation();
        fields.content = resource.content();
        fields.lesson = resource.lesson();
        fields.date = resource.date();
        fields.informed = resource.issueIds().stream().map(String::valueOf).toArray(String[]::new);
        return fields;
    }

    NewInput toNew() {
        return new NewInput(type, title, source, organisation, content, lesson, date,
                Arrays.stream(informed).map(Long::valueOf).toList());
    }

    public ResourceType[] getResourceTypes() { return ResourceType.values(); }
    public ResourceType getType() { return type; }
    public void setType(ResourceType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getLesson() { return lesson; }
    public void setLesson(String lesson) { this.lesson = lesson; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String[] getInformed() { return informed.clone(); }
    public void setInformed(String[] informed) { this.informed = informed == null ? new String[0] : informed.clone(); }
}
