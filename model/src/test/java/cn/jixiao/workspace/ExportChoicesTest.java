package cn.jixiao.workspace;

import cn.jixiao.documents.DocumentExporter.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportChoicesTest {
    @TempDir
    Path data;
    @TempDir
    Path out;

    @Test
    void theLastExportsFolderAndFormatsComeBack() {
        ExportChoices choices = new ExportChoices(data);
        assertEquals(Optional.empty(), choices.folder());
        assertTrue(choices.formats().isEmpty());
        choices.remember(out, EnumSet.of(Format.DOCX, Format.XLSX));
        ExportChoices again = new ExportChoices(data);
        assertEquals(Optional.of(out.toAbsolutePath().normalize()), again.folder());
        assertEquals(Set.of(Format.DOCX, Format.XLSX), again.formats());
        again.remember(out, EnumSet.of(Format.XLSX));
        assertEquals(Set.of(Format.XLSX), new ExportChoices(data).formats());
        again.remember(out, EnumSet.of(Format.PDF, Format.DOCX));
        assertEquals(Set.of(Format.PDF, Format.DOCX), new ExportChoices(data).formats());
    }

    @Test
    void aFolderThatIsGoneOrAGarbledNoteIsForgottenQuietly() throws Exception {
        ExportChoices choices = new ExportChoices(data);
        choices.remember(out.resolve("已删除"), EnumSet.of(Format.DOCX));
        assertEquals(Optional.empty(), choices.folder(), "the folder no longer exists");
        Files.writeString(data.resolve("export.txt"), "formats=odt,,docx\nfolder=\u0000", StandardCharsets.UTF_8);
        assertEquals(Set.of(Format.DOCX), choices.formats());
        assertEquals(Optional.empty(), choices.folder());
    }

    @Test
    void theFolderAnEarlierVersionNotedIsStillRead() throws Exception {
        Files.writeString(data.resolve("export-folder.txt"), out.toString(), StandardCharsets.UTF_8);
        assertEquals(Optional.of(out), new ExportChoices(data).folder());
    }
}
