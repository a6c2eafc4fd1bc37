package ru.ediary.it.extracts;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads printed extracts back as a reader would: the text of pages (PDFBox), the QR code of a page image (ZXing). */
public final class PdfReading {

    private PdfReading() {
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /**
     * The text of pages {@code first}–{@code last} (1-based, inclusive) in the order it was written, every run of
     * white space made one space: a phrase wrapped inside a table cell reads as one.
     */
    public static String text(byte[] pdf, int first, int last) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    public static String text(byte[] pdf) throws IOException {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    /** The QR code on page {@code page} (1-based), decoded from the page rendered at 150 dpi. */
    public static String qr(byte[] pdf, int page) throws IOException, NotFoundException {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(document).renderImageWithDPI(page - 1, 150);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        } catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("the QR code on page " + page + " does not decode", e);
        }
    }
}
