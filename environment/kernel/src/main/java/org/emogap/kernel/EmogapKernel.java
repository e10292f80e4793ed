package org.emogap.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import io.github.spencerpark.jupyter.messages.request.KernelInfoRequest;
import org.emogap.notebook.DisplaySink;
import org.emogap.notebook.Rich;
import org.emogap.notebook.Show;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * emogap's Jupyter kernel: JShell cells evaluated in this JVM, rich display of Tablesaw tables and
 * plotly figures, {@code %classpath}, completion, interrupt. Built on jupyter-jvm-basekernel, the
 * library IJava is built on.
 */
public final class EmogapKernel extends BaseKernel {
    private final CellEvaluator cells;
    private final LanguageInfo languageInfo;

    public EmogapKernel(Path workDir) {
        this.cells = new CellEvaluator(workDir);
        this.languageInfo = new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
        Show.install(new KernelSink());
    }

    @Override public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    @Override public String getBanner() {
        return "emogap kernel: Java " + Runtime.version() + " (JShell, local execution)";
    }

    @Override public DisplayData eval(String code) throws Exception {
        CellEvaluator.Result r = cells.eval(code);
        if (!r.hasValue()) return null;
        return toDisplayData(Rich.bundle(r.value()));
    }

    @Override public List<String> formatError(Exception e) {
        if (e instanceof CellError ce) return new ArrayList<>(ce.lines());
        return super.formatError(e);
    }

    @Override public ReplacementOptions complete(String code, int at) {
        CellEvaluator.Completion c = cells.complete(code, at);
        return new ReplacementOptions(c.replacements(), c.start(), c.end());
    }

    @Override public String isComplete(String code) {
        return switch (cells.completeness(code)) {
            case "complete" -> IS_COMPLETE_YES;
            case "incomplete" -> "";
            default -> IS_COMPLETE_BAD;
        };
    }

    @Override public DisplayData inspect(String code, int at, boolean extraDetail) {
        String doc = cells.documentation(code, at);
        return doc == null ? null : new DisplayData(doc);
    }

    @Override public void interrupt() {
        cells.interrupt();
    }

    @Override public void onShutdown(boolean isRestarting) {
        cells.close();
    }

    @Override public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        // basekernel 2.3.0 leaves "status" out of kernel_info_reply; the protocol requires it
        connection.setHandler(MessageType.KERNEL_INFO_REQUEST, this::kernelInfo);
    }

    private void kernelInfo(ShellReplyEnvironment env, Message<KernelInfoRequest> request) {
        env.setBusyDeferIdle();
        env.reply(new OkKernelInfoReply(Header.PROTOCOL_VERISON, "emogap-kernel",
                KERNEL_META.getOrDefault("version", "unknown"), languageInfo, getBanner(), getHelpLinks()));
    }

    /** kernel_info_reply with the status field. */
    static final class OkKernelInfoReply extends KernelInfoReply {
        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";

        OkKernelInfoReply(String protocolVersion, String name, String version, LanguageInfo info, String banner,
                          List<LanguageInfo.Help> help) {
            super(protocolVersion, name, version, info, banner, help);
        }
    }

    private static DisplayData toDisplayData(Map<String, String> bundle) {
        DisplayData d = new DisplayData();
        bundle.forEach(d::putData);
        return d;
    }

    /** The library's display calls, sent on this kernel's iopub channel. */
    private final class KernelSink implements DisplaySink {
        @Override public String display(Map<String, String> bundle) {
            DisplayData d = toDisplayData(bundle);
            String id = UUID.randomUUID().toString();
            d.setDisplayId(id);
            EmogapKernel.this.display(d);
            return id;
        }

        @Override public void update(String displayId, Map<String, String> bundle) {
            getIO().display.updateDisplay(displayId, toDisplayData(bundle));
        }
    }
}
