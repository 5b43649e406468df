package cn.jixiao.documents;

import cn.jixiao.cli.Cli;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.monitoring.StartMonitoring;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitoring forms on 政务督查经费 of hengyang-office 2021 (35 万元, 督查次数 不少于20次):
 * what they print, that both writers read back cell for cell, and `jixiao export --form monitoring --period 6`.
 */
class MonitoringFormsTest {
    @TempDir
    Path dir;

    /** hengyang-office with 政务督查经费 monitored to June: 14 万元 executed, 9 of 20 inspections, 18 expected. */
    static Unit monitored() {
        Unit u = Samples.load("hengyang-office");
        FiscalYear y = u.year(2021).orElseThrow();
        Project p = y.project("政务督查经费").orElseThrow();
        Monitoring m = StartMonitoring.of(y, p, 6).monitoring();
        y.monitorings.add(m);
        m.funds.executed = Amount.of("14");
        m.expectedExecuted = Amount.of("35");
        IndicatorMonitoring r = m.indicatorOrCreate(p.indicators.get(0).id);
        r.doneSoFar = "9次";
        r.expected = "18次";
        r.correctiveAction = "下半年每月增加一次督查";
        return u;
    }

    @Test
    void theProjectFormPrintsRateTimeProgressAndLights() throws Exception {
        Unit u = monitored();
        FiscalYear y = u.year(2021).orElseThrow();
        List<FormDocument> docs = FormLayouts.find("monitoring", "standard").orElseThrow()
                .render(u, y, List.of(y.project("政务督查经费").orElseThrow()), 6);
        List<String> texts = Expected.texts(docs);
        // 14 ÷ 35 = 40.00% against 50.00%: exactly 10 points behind, still green; 18 of 20 → yellow
        assertTrue(texts.contains("40.00%"), texts.toString());
        assertTrue(texts.contains("50.00%"), texts.toString());
        assertTrue(texts.contains("绿灯"), texts.toString());
        assertTrue(texts.contains("黄灯"), texts.toString());
        assertTrue(texts.contains("1—6月完成情况"), texts.toString());
        assertTrue(texts.contains("检查次数") || texts.contains("督查次数"), texts.toString());
        Path docx = dir.resolve("m.docx");
        DocxWriter.write(docs, docx);
        assertEquals(Expected.texts(docs), DocumentText.docx(docx));
        Path xlsx = dir.resolve("m.xlsx");
        XlsxWriter.write(docs, xlsx);
        assertEquals(Expected.sheetTexts(docs), DocumentText.xlsx(xlsx));
    }

    @Test
    void theSummaryHasARowPerProjectAndTheOverallFormPrintsBlankForFilling() throws Exception {
        Unit u = monitored();
        FiscalYear y = u.year(2021).orElseThrow();
        List<FormDocument> summary = FormLayouts.find("monitoring-summary", "standard").orElseThrow().render(u, y, y.projects, 6);
        List<String> texts = Expected.texts(summary);
        assertTrue(texts.contains(String.valueOf(y.projects.size())), "numbered to the last project");
        assertTrue(texts.contains("督查次数：全年预计18次，只达到指标值不少于20次的90.00%"), texts.toString());
        List<FormDocument> overall = FormLayouts.find("overall-monitoring", "standard").orElseThrow().render(u, y, y.projects, 0);
        assertTrue(Expected.texts(overall).contains("部门整体支出绩效运行监控表"));
        Path docx = dir.resolve("s.docx");
        DocxWriter.write(summary, docx);
        assertEquals(Expected.texts(summary), DocumentText.docx(docx));
    }

    @Test
    void theCommandLineExportsTheMonitoringFormOfAPeriod() throws Exception {
        Path file = dir.resolve("u.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(monitored());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"export", file.toString(), "--year", "2021", "--form", "monitoring", "--period", "6",
                "--project", "政务督查经费", "--format", "xlsx", "--out", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Path written = Path.of(out.toString(StandardCharsets.UTF_8).strip());
        assertTrue(written.getFileName().toString().startsWith("2021-项目支出绩效运行监控表"), written.toString());
        List<String> sheet = DocumentText.xlsx(written);
        assertTrue(sheet.contains("黄灯"), sheet.toString());
        assertTrue(sheet.contains("（2021年1—6月）") || sheet.stream().anyMatch(s -> s.contains("1—6月")), sheet.toString());
        err.reset();
        code = Cli.run(new String[] {"export", file.toString(), "--year", "2021", "--form", "monitoring", "--period", "13",
                "--format", "xlsx", "--out", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(code != 0);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--period 应为截至的月份"), err.toString(StandardCharsets.UTF_8));
    }
}
