package org.emogap.data;

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

    public static EmoBankOptions defaults() { return new EmoBankOptions(Perspective.READER, false, false); }

    public EmoBankOptions perspective(Perspective p) { return new EmoBankOptions(p, dropAllOnes, includeUnsplit); }

    public EmoBankOptions dropAllOnes(boolean drop) { return new EmoBankOptions(perspective, drop, includeUnsplit); }

    public EmoBankOptions includeUnsplit(boolean include) { return new EmoBankOptions(perspective, dropAllOnes, include); }
}
