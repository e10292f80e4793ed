package org.emogap.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Entry point Jupyter starts: {@code java -cp … org.emogap.kernel.Main <connection-file>}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: org.emogap.kernel.Main <connection-file>  (Jupyter passes {connection_file})");
            System.exit(2);
        }
        Path connectionFile = Path.of(args[0]);
        if (!Files.isRegularFile(connectionFile)) {
            System.err.println("connection file not found: " + connectionFile);
            System.exit(2);
        }
        // basekernel logs every message and channel event at INFO through java.util.logging,
        // under top-level logger names ("Loop-Shell-0", "Jupyter"), so only the root level reaches them all
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        KernelConnectionProperties props = KernelConnectionProperties.parse(
                Files.readString(connectionFile, StandardCharsets.UTF_8));
        JupyterConnection connection = new JupyterConnection(props);
        // Jupyter starts the kernel in the notebook's folder: %classpath paths are relative to it
        EmogapKernel kernel = new EmogapKernel(Path.of("").toAbsolutePath());
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }
}
