package cn.perfeval.domain.basicdata;

import java.util.List;

/**
 * What a template requires of Attachment 1 before submission: {@code required} entries (each blank field is an
 * error) and {@code warnIfBlank} entries (an entry left wholly blank is a warning). Entries are read by
 * {@link BasicDataField#resolve(String)}.
 */
public record BasicDataRequirements(List<String> required, List<String> warnIfBlank) {

    public static final BasicDataRequirements NONE = new BasicDataRequirements(List.of(), List.of());

    public BasicDataRequirements {
        required = required == null ? List.of() : List.copyOf(required);
        warnIfBlank = warnIfBlank == null ? List.of() : List.copyOf(warnIfBlank);
    }

    /** Every field the required entries name, in the order given. */
    public List<BasicDataField> requiredFields() {
        return required.stream().flatMap(e -> BasicDataField.resolve(e).orElse(List.of()).stream()).toList();
    }
}
