package org.emogap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The package graph of the library: each package uses only the packages below it in this order,
 * and says in its package-info what it holds and what it may use. A new package must be placed here.
 */
class LayersTest {
    static final List<String> ORDER = List.of("dist", "stats", "io", "data", "judgment", "llm", "encoder", "lexicon", "sim",
            "compare", "calibrate", "whatif", "findings", "notebook");
    static final Path MAIN = Path.of("src/main/java/org/emogap");
    static final Pattern REF = Pattern.compile("org\\.emogap\\.([a-z]+)\\.[A-Z]");

    @Test
    void noPackageUsesOneAboveIt() throws IOException {
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = MAIN.relativize(f);
                if (rel.getNameCount() < 2) continue; // the root package: settings and version, used by all, using none
                String pkg = rel.getName(0).toString();
                int level = ORDER.indexOf(pkg);
                assertTrue(level >= 0, "package " + pkg + " is not placed in LayersTest.ORDER");
                Matcher m = REF.matcher(Files.readString(f));
                while (m.find()) {
                    int used = ORDER.indexOf(m.group(1));
                    if (used > level) upward.add(rel + " uses " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), upward, "upward arrows in the package graph");
    }

    @Test
    void everyPackageSaysWhatItHoldsAndUses() {
        for (String pkg : ORDER) {
            Path info = MAIN.resolve(pkg).resolve("package-info.java");
            assertTrue(Files.isRegularFile(info), "no package-info.java in " + pkg);
        }
    }

    @Test
    void theRootPackageUsesNoOtherPackage() throws IOException {
        try (Stream<Path> files = Files.list(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertFalse(REF.matcher(Files.readString(f)).find(), f + " uses a package of the library");
            }
        }
    }
}
