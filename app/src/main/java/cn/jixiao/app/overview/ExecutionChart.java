package cn.jixiao.app.overview;

import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.shape.Line;

import java.math.BigDecimal;

/** A bar chart of 执行率 per project with the 时间进度 drawn across it as one dashed line. */
final class ExecutionChart extends BarChart<String, Number> {
    private final Line timeLine = new Line();
    private BigDecimal timeProgress;

    ExecutionChart(Axis<String> x, Axis<Number> y) {
        super(x, y);
        timeLine.setId("timeProgressLine");
        timeLine.setStyle("-fx-stroke: #c62828; -fx-stroke-width: 2; -fx-stroke-dash-array: 8 5;");
        timeLine.setManaged(false);
        timeLine.setVisible(false);
        getPlotChildren().add(timeLine);
    }

    /** 时间进度 in percentage points; null hides the line (nothing monitored yet). */
    void setTimeProgress(BigDecimal points) {
        timeProgress = points;
        requestChartLayout();
    }

    /** True while the time-progress line is drawn (for tests and the benchmark). */
    boolean timeLineShown() {
        return timeLine.isVisible();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (timeProgress == null) {
            timeLine.setVisible(false);
            return;
        }
        double y = getYAxis().getDisplayPosition(timeProgress.doubleValue());
        timeLine.setStartX(0);
        timeLine.setEndX(getXAxis().getWidth());
        timeLine.setStartY(y);
        timeLine.setEndY(y);
        timeLine.setVisible(true);
        timeLine.toFront();
    }
}
