package org.emogap.encoder;

import java.util.Objects;

/** An item an offline annotator judges: the dataset's id and the text. */
public record TextItem(String id, String text) {
    public TextItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
