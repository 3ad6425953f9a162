package io.srebench.studio.actions;

import io.srebench.interop.ImportService;
import io.srebench.run.TaskScoring;
import io.srebench.score.ScoreOptions;
import io.srebench.studio.app.MainWindowViewModel;
import io.srebench.studio.app.MainWindowViewModel.Notice;
import io.srebench.studio.app.MainWindowViewModel.NoticeKind;
import io.srebench.studio.app.StudioContext;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports other tools' run files (Stirrup, Inspect, ITBench, ATIF, srebench JSONL) dropped on the main window, in the
 * background; each file goes in whole or not at all, and the outcome of every file is shown.
 */
public final class ImportAction {
    private final StudioContext ctx;
    private final MainWindowViewModel vm;

    public ImportAction(StudioContext ctx, MainWindowViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    public void run(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        vm.setStatus("importing " + files.size() + " file(s)…");
        ctx.executor().submit("import", () -> ImportService.importFiles(files, ctx.store(),
                id -> ctx.workbench().flatMap(w -> w.catalog().find(id)), new TaskScoring(ScoreOptions.DEFAULT)),
                this::done, err -> {
                    vm.setStatus("import failed");
                    vm.error("Import failed", err);
                });
    }

    private void done(List<ImportService.FileOutcome> outcomes) {
        vm.refresh();
        StringBuilder text = new StringBuilder();
        int runs = 0;
        for (ImportService.FileOutcome o : outcomes) {
            runs += o.runIds().size();
            text.append(o.refused() ? o.error() : o.summary()).append('\n');
        }
        vm.setStatus("imported " + runs + " run(s)");
        boolean refused = outcomes.stream().anyMatch(ImportService.FileOutcome::refused);
        vm.notify(new Notice(refused ? NoticeKind.WARNING : NoticeKind.INFORMATION, refused
                ? "Some files were not imported" : "Imported " + runs + " run(s)", text.toString()));
    }
}
