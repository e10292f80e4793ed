package org.emogap.notebook;

import java.util.Map;

/**
 * Where rich output goes: a Jupyter kernel's display channel. A bundle maps MIME types
 * ({@code text/plain}, {@code text/html}) to content. emogap's kernel installs one with
 * {@link Show#install(DisplaySink)}; under IJava or JJava one is found by reflection; with no
 * kernel, {@link Show} prints the {@code text/plain} entry.
 */
public interface DisplaySink {
    /** Shows a bundle; returns a display id that {@link #update} can target later. */
    String display(Map<String, String> bundle);

    /** Replaces what an earlier {@link #display} showed (progress bars update in place). */
    void update(String displayId, Map<String, String> bundle);
}
