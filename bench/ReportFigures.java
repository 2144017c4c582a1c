import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.File;
import java.io.FileInputStream;

/**
 * What a leadership report says, as text to compare two runs by: every cell of the workbook
 * (sheet, cell address, value as shown) and the text of the PDF, page by page.
 * Single-file program, run with the application's classpath (POI, PDFBox) by fault-kill-report.sh:
 * java -cp APP_CLASSPATH bench/ReportFigures.java report.xlsx report.pdf
 */
public class ReportFigures {

    public static void main(String[] args) throws Exception {
        DataFormatter shown = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new FileInputStream(args[0]))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        System.out.println("xlsx " + sheet.getSheetName() + "!" + cell.getAddress() + " " + shown.formatCellValue(cell));
                    }
                }
            }
        }
        try (PDDocument pdf = Loader.loadPDF(new File(args[1]))) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                for (String line : text.getText(pdf).split("\\R")) {
                    System.out.println("pdf " + page + " " + line);
                }
            }
        }
    }
}
