package org.emogap.data;

import org.emogap.Project;
import java.util.Objects;

/**
 * How to read EmoBank.
 *
 * @param perspective    whose ratings: READER (the paper) or WRITER
 * @param dropAllOnes    false (the paper): keep ratings with V=A=D=1; true: drop them as the
 *                       publisher's gold files do, and count them
 * @param includeUnsplit false: only the 10,062 texts of the published corpus {@code emobank.csv},
 *                       which carry a train/dev/test split; true: also the 486 rated texts found
 *                       only in {@code raw.csv}, with split "none"
 */
public record EmoBankOptions(Perspective perspective, boolean dropAllOnes, boolean includeUnsplit) {
    public EmoBankOptions {
        Objects.requireNonNull(perspective, "perspective");
    }

    /**
     * The readers' ratings, all kept; only the corpus texts in the emogap mode, also the texts only
     * in {@code raw.csv} in the paper mode (the authors draw the core set from every text with ≥ 3
     * reader ratings, 10,548).
     */
    public static EmoBankOptions defaults() { return new EmoBankOptions(Perspective.READER, false, Project.mode().paper()); }

    public EmoBankOptions perspective(Perspective p) { return new EmoBankOptions(p, dropAllOnes, includeUnsplit); }

    public EmoBankOptions dropAllOnes(boolean drop) { return new EmoBankOptions(perspective, drop, includeUnsplit); }

    public EmoBankOptions includeUnsplit(boolean include) { return new EmoBankOptions(perspective, dropAllOnes, include); }
}
