package org.emogap.data;

/** Whose emotion an EmoBank rating describes: the reader's (perceived) or the writer's (expressed). */
public enum Perspective {
    READER("emobank_individual_reader_ratings"),
    WRITER("emobank_individual_writer_ratings");

    private final String source;

    Perspective(String source) { this.source = source; }

    /** The {@code data/sources.json} name of this perspective's individual ratings. */
    public String source() { return source; }

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
