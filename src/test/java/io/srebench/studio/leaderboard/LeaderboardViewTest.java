package io.srebench.studio.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.TestWindows;
import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LeaderboardViewTest {
    private Path dir;
    @AutoClose
    private SqliteStore store;
    private LeaderboardViewModel vm;
    private LeaderboardView view;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("leaderboard-view");
        store = SqliteStore.open(dir.resolve("s.db"));
        LeaderboardViewModelTest.scored(store, "t1", "cheap", 1, 0.5, 0.01, 2);
        LeaderboardViewModelTest.scored(store, "t1", "cheap", 2, 0.5, 0.01, 2);
        LeaderboardViewModelTest.scored(store, "t1", "cheap", 3, 0.0, 0.01, 2);
        LeaderboardViewModelTest.scored(store, "t2", "cheap", 1, 0.25, 0.01, 2);
        LeaderboardViewModelTest.scored(store, "t1", "dear", 1, 1.0, 0.50, 6);
        LeaderboardViewModelTest.scored(store, "t2", "dear", 1, 0.5, 0.50, 6);
        long bad = LeaderboardViewModelTest.scored(store, "t1", "dominated", 1, 0.0, 0.20, 4);
        LeaderboardViewModelTest.scored(store, "t2", "dominated", 1, 0.1, 0.20, 4);
        store.saveAnnotation(new Annotation(0, bad, "ns/Pod/x", AnnotationLabel.WRONG_NAMESPACE, null, null, "me", null,
                null));
        vm = new LeaderboardViewModel(store, store, BackgroundExecutor.direct());
        view = new LeaderboardView(vm);
        TestWindows.show(stage, view, 1200, 760);
        vm.refresh();
    }

    @Test
    void tableAndChartsShowTheReport(FxRobot robot) throws Exception {
        assertEquals(3, view.table().getItems().size());
        assertEquals("dear", view.table().getItems().get(0).agent());
        List<String> costSeries = new ArrayList<>();
        view.costChart().getData().forEach(s -> costSeries.add(s.getName()));
        assertEquals(List.of("dear", "cheap", "dominated", LeaderboardView.FRONTIER), costSeries);
        XYChart.Series<Number, Number> front = view.costChart().getData().get(3);
        assertEquals(2, front.getData().size());
        assertEquals(0.01, front.getData().get(0).getXValue().doubleValue(), 1e-9);
        assertEquals(3, view.turnsChart().getData().size());
        robot.interact(view::layout);
        assertDistributionShowsEveryRun();
        assertEquals(1, view.falsePositiveChart().getData().size());
        assertEquals(AnnotationLabel.WRONG_NAMESPACE.text(), view.falsePositiveChart().getData().get(0).getName());
        assertTrue(robot.lookup("#leaderboard-message").queryLabeled().getText().startsWith("3 agents"));
        List<Path> pngs = new ArrayList<>();
        Path out = Files.createDirectories(dir.resolve("png"));
        robot.interact(() -> {
            try {
                pngs.addAll(view.writeCharts(out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertEquals(4, pngs.size());
        for (Path p : pngs) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertTrue(img.getWidth() > 100 && img.getHeight() > 100, p.toString());
        }
    }

    /** One dot per run and one mean mark per task x agent cell, each placed at its score inside the plot. */
    private void assertDistributionShowsEveryRun() {
        ScoreDistributionChart chart = view.taskChart();
        // 8 runs: t1 = cheap 0.5 0.5 0.0, dear 1.0, dominated 0.0 (mean 0.4); t2 = cheap 0.25, dear 0.5, dominated 0.1
        // (0.283, harder)
        assertEquals(List.of("t2", "t1"),
                chart.chart().tasks().stream().map(ScoreDistribution.TaskColumn::taskId).toList());
        Set<Node> dots = chart.lookupAll(".distribution-dot");
        Set<Node> means = chart.lookupAll(".distribution-mean");
        assertEquals(8, dots.size());
        assertEquals(6, means.size());
        assertEquals(6, chart.lookupAll(".distribution-range").size());
        assertEquals(0, chart.lookupAll(".distribution-box").size());
        Map<Object, Integer> dotsPerCell = new HashMap<>();
        for (Node d : dots) {
            dotsPerCell.merge(d.getUserData(), 1, Integer::sum);
        }
        Map<Object, Integer> meansPerCell = new HashMap<>();
        for (Node m : means) {
            meansPerCell.merge(m.getUserData(), 1, Integer::sum);
        }
        for (ScoreDistribution.TaskColumn t : chart.chart().tasks()) {
            for (ScoreDistribution.Cell c : t.cells()) {
                assertEquals(c.dots().size(), dotsPerCell.get(c), t.taskId() + " " + c.agent());
                assertEquals(1, meansPerCell.get(c), t.taskId() + " " + c.agent());
            }
        }
        // the two equal 0.5 runs of cheap on t1 are side by side, not on top of each other
        ScoreDistribution.Cell cheap = chart.chart().tasks().get(1).cells().stream().filter(c -> c.agent().equals("cheap"))
                .findFirst().orElseThrow();
        // sorted top to bottom: the two 0.5 runs, then the 0.0 run
        List<Circle> cheapDots = dots.stream().filter(d -> d.getUserData() == cheap).map(Circle.class::cast)
                .sorted(Comparator.comparingDouble(Circle::getCenterY)).toList();
        assertEquals(3, cheapDots.size());
        Circle a = cheapDots.get(0);
        Circle b = cheapDots.get(1);
        assertEquals(a.getCenterY(), b.getCenterY(), 1e-9);
        assertTrue(cheapDots.get(2).getCenterY() > a.getCenterY() + 10, "0.0 is drawn below 0.5");
        assertTrue(Math.abs(a.getCenterX() - b.getCenterX()) >= a.getRadius(), "equal scores overlap");
    }

    @Test
    void disposeStopsFollowingTheViewModel(FxRobot robot) {
        robot.interact(view::dispose);
        LeaderboardViewModelTest.scored(store, "t3", "newcomer", 1, 1.0, 0.0, 1);
        robot.interact(vm::refresh);
        assertEquals(3, view.costChart().getData().size() - 1);
    }
}
