package cn.jixiao.documents;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national style (国家通用) of the 申报表 and the 自评表, on the sample unit's own data: the columns
 * of the national templates, the unit's framework with 成本指标 as a 一级 where it has it, 不适用 二级
 * said so, computed totals, and every printed value read back from Word and Excel. The invariants of
 * {@link LayoutInvariantsTest} hold for both as for every registered layout.
 */
class NationalLayoutsTest {
    @TempDir
    Path dir;

    private static FormLayout layout(FormKind form) {
        return FormLayouts.find(form, FormStyle.NATIONAL).orElseThrow(() -> new AssertionError("no national " + form));
    }

    @Test
    void theDeclarationHasTheNationalIndicatorColumnsAndTheGuidelinesFramework() throws Exception {
        Unit unit = Samples.load(Samples.DEFAULT);
        FiscalYear year = unit.years.get(0);
        year.frameworkId = Frameworks.NATIONAL_2021;
        Project p = year.projects.get(0);
        p.notApplicable.add("成本指标/生态环境成本指标");
        List<FormDocument> docs = layout(FormKind.DECLARATION).documents(unit, year, List.of(p), 0);
        List<String> texts = docs.get(0).texts();

        assertEquals("项目支出绩效目标申报表", texts.get(0));
        int header = texts.indexOf("一级指标");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "分值"),
                texts.subList(header, header + 7), "the columns of 财预〔2021〕101号's indicators");
        assertEquals("成本指标", texts.get(header + 7), "the 2021 guideline's framework puts 成本指标 first");
        assertTrue(texts.containsAll(List.of("经济成本指标", "社会成本指标", "生态环境成本指标", "满意度指标")), texts.toString());
        int notApplicable = texts.indexOf("生态环境成本指标");
        assertEquals("不适用", texts.get(notApplicable + 1), "a 二级 marked 不适用 says so");
        assertTrue(texts.contains(p.funds.budget().text()), "资金总额 " + p.funds.budget().text());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("填报单位（盖章）：" + unit.name)), "the unit after 填报单位");
        readsBack(unit, year, docs);
    }

    @Test
    void theSelfEvaluationHasTheColumnsOf2020No10AndAddsUp() throws Exception {
        Unit unit = Samples.load(Samples.DEFAULT);
        FiscalYear year = unit.years.get(unit.years.size() - 1);
        Project p = year.projects.get(0);
        List<FormDocument> docs = layout(FormKind.SELF_EVALUATION).documents(unit, year, List.of(p), 0);
        List<String> texts = docs.get(0).texts();

        assertEquals("项目支出绩效自评表", texts.get(0));
        int header = texts.indexOf("一级指标");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                texts.subList(header, header + 8), "the columns of 财预〔2020〕10号's 自评表");
        assertTrue(texts.containsAll(List.of("年初预算数", "全年预算数", "全年执行数", "执行率", "预期目标", "实际完成情况")));
        int total = texts.indexOf("总分");
        assertTrue(total > header, "a 总分 row");
        assertTrue(texts.get(total + 1).matches("[0-9.]+"), "总分's 分值: " + texts.get(total + 1));
        assertTrue(texts.get(total + 2).matches("[0-9.]+"), "总分's 得分: " + texts.get(total + 2));
        readsBack(unit, year, docs);
    }

    /** The command line's --style national picks them as it picks any registered style. */
    @Test
    void theCommandLineChoosesTheNationalStyle() {
        Unit unit = Samples.load(Samples.DEFAULT);
        FiscalYear year = unit.years.get(0);
        for (FormKind form : List.of(FormKind.DECLARATION, FormKind.SELF_EVALUATION)) {
            FormLayout l = DocumentExporter.layout(unit, year, form.id(), "national");
            assertEquals(FormStyle.NATIONAL, l.style());
            assertEquals(form, l.form());
        }
    }

    private void readsBack(Unit unit, FiscalYear year, List<FormDocument> docs) throws Exception {
        Path docx = dir.resolve("national.docx");
        Path xlsx = dir.resolve("national.xlsx");
        DocxWriter.write(docs, docx);
        XlsxWriter.write(docs, xlsx);
        FormReaderTest.check("national docx", unit, year, docs, FormReader.read(docx));
        FormReaderTest.check("national xlsx", unit, year, docs, FormReader.read(xlsx));
        FormDocument.Origin origin = FormReader.read(docx).origin().orElseThrow();
        assertEquals("national", origin.style());
    }

    /** Writes both national forms of the sample where a person can look at them: {@code -Djixiao.visual.out=DIR}. */
    @Test
    void writeForALook() throws Exception {
        String out = System.getProperty("jixiao.visual.out");
        Assumptions.assumeTrue(out != null && !out.isBlank(), "set -Djixiao.visual.out=DIR to write the forms");
        Path target = Files.createDirectories(Path.of(out));
        Unit unit = Samples.load(Samples.DEFAULT);
        for (FiscalYear year : unit.years) {
            List<FormDocument> docs = new ArrayList<>();
            docs.addAll(layout(FormKind.DECLARATION).documents(unit, year, year.projects.subList(0, 2), 0));
            docs.addAll(layout(FormKind.SELF_EVALUATION).documents(unit, year, year.projects.subList(0, 2), 0));
            DocxWriter.write(docs, target.resolve("national-" + year.year + ".docx"));
            XlsxWriter.write(docs, target.resolve("national-" + year.year + ".xlsx"));
            PdfWriter.write(docs, target.resolve("national-" + year.year + ".pdf"));
        }
    }
}
