package org.treatylab.negotiation.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.treatylab.negotiation.ScenarioFormatException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Safe XML parsing (no DTDs, no external entities) and attribute access that names the element on failure. */
final class Xml {
    private final String file;

    Xml(String file) {
        this.file = file;
    }

    /**
     * Parses a document. ANAC files sometimes put a comment before the XML declaration, which XML forbids and GENIUS's
     * own parser tolerates; we tolerate it too by dropping a declaration that is not at the very start (the text is
     * then read as UTF-8, or as ISO-8859-1 when the declaration names it).
     */
    Document parse(byte[] raw) {
        // A UTF-8 byte-order mark is an editor's mark, not content: the document means the same without it.
        byte[] bytes = raw.length >= 3 && (raw[0] & 0xff) == 0xef && (raw[1] & 0xff) == 0xbb && (raw[2] & 0xff) == 0xbf
                ? java.util.Arrays.copyOfRange(raw, 3, raw.length) : raw;
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = LATE_DECLARATION.matcher(head);
        if (m.find() && m.start() > 0) {
            // the declaration is ASCII, so its character offsets in this Latin-1 view are byte offsets
            byte[] cut = new byte[bytes.length - (m.end() - m.start())];
            System.arraycopy(bytes, 0, cut, 0, m.start());
            System.arraycopy(bytes, m.end(), cut, m.start(), bytes.length - m.end());
            Charset cs = m.group().toLowerCase(Locale.ROOT).contains("8859-1") ? StandardCharsets.ISO_8859_1
                    : StandardCharsets.UTF_8;
            return parse(new InputSource(new StringReader(new String(cut, cs))));
        }
        return parse(new InputSource(new ByteArrayInputStream(bytes)));
    }

    private static final Pattern LATE_DECLARATION = Pattern.compile("<\\?xml\\s[^>]*\\?>");

    private Document parse(InputSource in) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in);
        } catch (SAXParseException e) {
            throw new ScenarioFormatException(file + " line " + e.getLineNumber() + ": not well-formed XML: "
                    + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ScenarioFormatException(file + ": cannot read XML: " + e.getMessage());
        }
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The file name errors and notices name. */
    String file() {
        return file;
    }

    ScenarioFormatException error(String element, String problem) {
        return ScenarioFormatException.at(file, element, problem);
    }

    String attr(Element e, String element, String name) {
        String v = e.getAttribute(name);
        if (v == null || v.isEmpty()) {
            throw error(element, "missing attribute '" + name + "'");
        }
        return v.strip();
    }

    String optional(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isEmpty() ? null : v.strip();
    }

    double number(Element e, String element, String name) {
        String v = attr(e, element, name);
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException x) {
            throw error(element, "attribute '" + name + "': expected a number, got '" + v + "'");
        }
    }

    long whole(Element e, String element, String name) {
        String v = attr(e, element, name);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException x) {
            throw error(element, "attribute '" + name + "': expected a whole number, got '" + v + "'");
        }
    }
}
