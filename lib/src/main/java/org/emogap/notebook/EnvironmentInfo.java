package org.emogap.notebook;

import org.emogap.Emogap;
import org.emogap.Project;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The facts a user checks first when a notebook misbehaves: versions, memory, data settings. */
public final class EnvironmentInfo {
    private EnvironmentInfo() {}

    public static Map<String, String> facts() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("emogap library", Emogap.version());
        f.put("Java", Runtime.version().toString() + " (" + System.getProperty("java.vendor") + ")");
        f.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        f.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        f.put("max heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        f.put("Tablesaw", Emogap.dependencyVersion(Table.class, "tech.tablesaw", "tablesaw-core"));
        f.put("Commons Math", Emogap.dependencyVersion(org.apache.commons.math3.util.FastMath.class,
                "org.apache.commons", "commons-math3"));
        f.put("Jackson", Emogap.dependencyVersion(com.fasterxml.jackson.databind.ObjectMapper.class,
                "com.fasterxml.jackson.core", "jackson-databind"));
        f.put("plotly.js", PlotlyHtml.PLOTLY_VERSION + (plotlyPresent() ? "" : " (missing: run environment/setup)"));
        f.put("rich display", Show.rich() ? "yes (Jupyter kernel)" : "no (text output)");
        f.put("project root", Project.root().getFileName().toString());
        f.put("EMOGAP_DATA_MIRROR", Project.setting("EMOGAP_DATA_MIRROR", "(not set: data are downloaded)") );
        f.put("EMOGAP_SAMPLE", Project.sampleSize() == 0 ? "0 (full run)" : Integer.toString(Project.sampleSize()));
        f.put("EMOGAP_SEED", Long.toString(Project.seed()));
        return f;
    }

    /** {@link #facts()} as a two-column table. */
    public static Table table() {
        Map<String, String> f = facts();
        return Table.create("environment",
                StringColumn.create("what", f.keySet()),
                StringColumn.create("value", f.values()));
    }

    static boolean plotlyPresent() {
        try {
            Path p = PlotlyHtml.plotlyFile();
            return Files.size(p) > 0;
        } catch (IllegalStateException | java.io.IOException e) {
            return false;
        }
    }
}
