package cn.jixiao.importing.source;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * 文件包检查: a .docx or .xlsx is a zip of XML parts. Before anything reads it, every part is
 * inflated once and counted, so a zip bomb (a small file that inflates to gigabytes) and a part
 * declaring entities (billion laughs, external entities: no Office part has a DOCTYPE) are refused
 * here, with a message, instead of filling memory later. Nothing global is changed: POI's own
 * {@link ZipSecureFile} ratio is read, not set, and its checks still apply when POI opens the file.
 */
final class OfficePackage implements Closeable {
    /** One part inflated beyond this is no form: the 300-project declaration's largest part is ~15 MB. */
    static final long MAX_PART = 192L * 1024 * 1024;
    /** All parts together. */
    static final long MAX_TOTAL = 384L * 1024 * 1024;
    /** Parts smaller than this may compress as well as they like (POI's grace size). */
    private static final long GRACE = 1024 * 1024;

    private final Path file;
    private final ZipFile zip;

    private OfficePackage(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    /** Opens the zip (a truncated one has no central directory and is refused) and checks every part. */
    static OfficePackage open(Path file, long maxTotal) throws ImportRefusal {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw SourceReader.damaged(file, e);
        } catch (IOException e) {
            throw SourceReader.unreadable(file, e);
        }
        OfficePackage p = new OfficePackage(file, zip);
        try {
            p.check(maxTotal);
        } catch (ImportRefusal | RuntimeException e) {
            p.close();
            throw e;
        }
        return p;
    }

    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** A part's bytes as a stream; the caller closes it. */
    InputStream part(String name) throws ImportRefusal {
        try {
            return zip.getInputStream(zip.getEntry(name));
        } catch (IOException e) {
            throw SourceReader.damaged(file, e);
        }
    }

    private void check(long maxTotal) throws ImportRefusal {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        double minRatio = ZipSecureFile.getMinInflateRatio();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.isDirectory()) {
                continue;
            }
            boolean xml = e.getName().endsWith(".xml") || e.getName().endsWith(".rels");
            long size = 0;
            Prolog prolog = xml ? new Prolog() : null;
            try (InputStream in = zip.getInputStream(e)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (prolog != null && !prolog.feed(buffer, n)) {
                        throw new ImportRefusal(file, "“" + SourceReader.name(file) + "”的内部数据含有实体声明（DOCTYPE），"
                                + "正常的 Word / Excel 文件不会有，可能是恶意构造的文件，已拒绝导入；请用 Word、Excel 或 WPS 打开后另存为新文件再导入。");
                    }
                    if (size > MAX_PART || total > maxTotal
                            || size > GRACE && e.getCompressedSize() > 0 && (double) e.getCompressedSize() / size < minRatio) {
                        throw new ImportRefusal(file, "“" + SourceReader.name(file) + "”解压后的内容异常庞大（文件中的一部分"
                                + (size > MAX_PART || total > maxTotal ? "超过 " + Math.max(size, total) / 1048576 + " MB" : "被压缩了上百倍")
                                + "），可能是恶意构造的压缩文件，已拒绝导入；能导入的文件解压后不超过 " + maxTotal / 1048576 + " MB。");
                    }
                    if (prolog != null && prolog.done()) {
                        prolog = null;
                    }
                }
            } catch (ZipException ex) {
                throw SourceReader.damaged(file, ex);
            } catch (IOException ex) {
                throw SourceReader.damaged(file, ex);
            }
        }
    }

    /** The custom document properties (docProps/custom.xml): name → value as text, whatever its type. */
    Map<String, String> customProperties() throws ImportRefusal {
        Map<String, String> out = new LinkedHashMap<>();
        if (!has("docProps/custom.xml")) {
            return out;
        }
        try (InputStream in = part("docProps/custom.xml")) {
            XMLStreamReader x = xmlFactory().createXMLStreamReader(in);
            String name = null;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (x.getLocalName().equals("property")) {
                        name = x.getAttributeValue(null, "name");
                    } else if (name != null) {
                        out.put(name, x.getElementText());
                        name = null;
                    }
                }
            }
        } catch (XMLStreamException | IOException e) {
            // the properties only help: a file whose properties are damaged is read without them
            return Map.of();
        }
        return out;
    }

    /** A StAX factory that reads no DTD and resolves no external entity. */
    static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read only: nothing to lose
        }
    }

    /**
     * Watches an XML part's prolog (what comes before the root element) for "<!DOCTYPE": feed()
     * says false when it is there; done() once the root element has begun.
     */
    private static final class Prolog {
        private final StringBuilder seen = new StringBuilder();
        private boolean done;

        boolean feed(byte[] b, int n) {
            for (int i = 0; i < n && !done; i++) {
                seen.append((char) (b[i] & 0xff));
                int len = seen.length();
                if (len >= 2 && seen.charAt(len - 2) == '<') {
                    char c = seen.charAt(len - 1);
                    if (Character.isLetter(c) || c == '_') {
                        done = true;
                    }
                }
                if (len >= 9 && seen.substring(len - 9).equalsIgnoreCase("<!DOCTYPE")) {
                    return false;
                }
                if (len > 1 << 20) {
                    // a prolog of a megabyte is no Office part; the parsers refuse a DOCTYPE after it anyway
                    done = true;
                }
            }
            return true;
        }

        boolean done() {
            return done;
        }
    }
}
