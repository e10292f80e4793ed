package org.emogap;

/** Version and provenance of the library, shown by the environment notebook. */
public final class Emogap {
    private Emogap() {}

    /** The library version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = Emogap.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
