package io.srebench.studio.actions;

import io.srebench.report.HtmlReport;
import io.srebench.studio.app.MainWindowViewModel;
import io.srebench.studio.app.StudioContext;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * Writes the self-contained offline HTML report in the background: to a temporary file beside the target, then
 * moved in place, so a failed write leaves no half report behind.
 */
public final class ExportHtmlAction {
    private final StudioContext ctx;
    private final MainWindowViewModel vm;
    private final Supplier<Long> benchmark;

    /** @param benchmark the benchmark the leaderboard shows (null: the latest), which the report covers */
    public ExportHtmlAction(StudioContext ctx, MainWindowViewModel vm, Supplier<Long> benchmark) {
        this.ctx = ctx;
        this.vm = vm;
        this.benchmark = benchmark;
    }

    public void run(Path target) {
        vm.setStatus("writing " + target + "…");
        Long id = benchmark.get();
        ctx.executor().submit("html report", () -> {
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".report-", ".html");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                HtmlReport.write(ctx.store(), id, HtmlReport.Limits.DEFAULT, w);
            } catch (RuntimeException | java.io.IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }, p -> vm.setStatus("wrote " + p), err -> {
            vm.setStatus("the HTML report was not written");
            vm.error("Cannot write the HTML report", err);
        });
    }
}
