package cn.jixiao.importing;

import cn.jixiao.domain.Indicator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a corpus document must import as (its .json beside it): per form the kind, year, name,
 * amount and the indicator rows (一级, 二级, 三级, 指标值, and 得分 for a 自评表). {@link #score} compares
 * the recogniser's forms with it and lists every miss in words.
 */
record CorpusExpectation(List<Form> forms) {
    record Form(String kind, Integer year, String name, String amount, List<List<String>> indicators) {
    }

    static CorpusExpectation read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Form> forms = new ArrayList<>();
        for (JsonNode f : root.get("forms")) {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode r : f.get("indicators")) {
                List<String> row = new ArrayList<>();
                r.forEach(v -> row.add(v.asText()));
                rows.add(row);
            }
            forms.add(new Form(f.get("kind").asText(), f.hasNonNull("year") ? f.get("year").asInt() : null,
                    f.get("name").asText(), f.get("amount").asText(), rows));
        }
        return new CorpusExpectation(forms);
    }

    /** The outcome of one document: rows right of rows expected, and the misses. */
    record Score(int formsExpected, int formsRight, int rowsExpected, int rowsRight, List<String> misses) {
        double rowShare() {
            return rowsExpected == 0 ? 1 : (double) rowsRight / rowsExpected;
        }
    }

    Score score(List<FoundForm> found) {
        List<String> misses = new ArrayList<>();
        int formsRight = 0;
        int rowsExpected = 0;
        int rowsRight = 0;
        if (found.size() != forms.size()) {
            misses.add("表单数：应为 " + forms.size() + "，识别出 " + found.size());
        }
        for (int i = 0; i < forms.size(); i++) {
            Form want = forms.get(i);
            int rowsOfForm = want.indicators().size();
            rowsExpected += rowsOfForm;
            if (i >= found.size()) {
                misses.add("第" + (i + 1) + "个表单未识别：" + want.name());
                continue;
            }
            FoundForm got = found.get(i);
            boolean right = true;
            if (!squeeze(want.name()).equals(squeeze(got.project().name))) {
                misses.add("表单" + (i + 1) + " 项目名称：应为“" + want.name() + "”，为“" + got.project().name + "”");
                right = false;
            }
            BigDecimal amount = got.project().budget().value().orElse(null);
            if (amount == null || amount.compareTo(new BigDecimal(want.amount())) != 0) {
                misses.add("表单" + (i + 1) + " 金额：应为 " + want.amount() + "，为“" + got.project().budget().text() + "”");
                right = false;
            }
            if (!want.kind().equals(got.kind().label())) {
                misses.add("表单" + (i + 1) + " 种类：应为 " + want.kind() + "，为 " + got.kind().label());
                right = false;
            }
            if (want.year() != null && (got.year().isEmpty() || got.year().getAsInt() != want.year())) {
                misses.add("表单" + (i + 1) + " 年度：应为 " + want.year() + "，为 " + got.year());
                right = false;
            }
            List<List<String>> gotRows = new ArrayList<>(got.project().indicators.stream().map(CorpusExpectation::row).toList());
            int matched = 0;
            for (List<String> w : want.indicators()) {
                List<String> key = w.stream().map(CorpusExpectation::squeeze).toList();
                int at = -1;
                for (int k = 0; k < gotRows.size(); k++) {
                    if (gotRows.get(k).subList(0, key.size()).equals(key)) {
                        at = k;
                        break;
                    }
                }
                if (at >= 0) {
                    gotRows.remove(at);
                    matched++;
                } else {
                    misses.add("表单" + (i + 1) + " 缺指标行：" + w);
                }
            }
            for (List<String> extra : gotRows) {
                misses.add("表单" + (i + 1) + " 多出指标行：" + extra);
            }
            // rows wrongly added count against the share like rows missed
            rowsRight += Math.max(0, matched - gotRows.size());
            if (right) {
                formsRight++;
            }
        }
        return new Score(forms.size(), formsRight, rowsExpected, rowsRight, misses);
    }

    private static List<String> row(Indicator i) {
        return List.of(squeeze(i.category), squeeze(i.subcategory), squeeze(i.name), squeeze(i.target),
                squeeze(i.selfEvaluation.score));
    }

    /** Compared without white space of any width, as the clerk sees the text. */
    static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u3000\u00a0]+", "");
    }
}
