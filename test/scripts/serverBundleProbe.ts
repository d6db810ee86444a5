// Compiled the way the server is (scripts/serverBundle.ts) and run under plain node by
// serverBundle.test.ts: every module the server loads at its first use, used once, as in production.
import { detectMediaType } from "../../server/attachments/fileType";
import { extractAttachmentText } from "../../server/attachments/textExtraction";
import { totpQrCode } from "../../server/auth/totpQrCode";
import { exportDocument, type ExportInput } from "../../server/documents/exporters";
import { renderPdf } from "../../server/documents/exporters/lazyPdf";
import { readDocument } from "../../server/documents/exporters/model";
import { createSmtpTransport } from "../../server/mail/mailTransport";

const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Shelter places in Liège" }] }] };
const pdf = await renderPdf({ title: "Probe", language: "en", classification: "internal", metadata: [["Place", "Brussel"]], blocks: readDocument(body) });
const input: ExportInput = {
  meta: { title: "Probe", language: "en", classification: "internal", status: "draft", countries: ["BE"], tags: [], authors: ["An"], updatedAt: new Date(), exportedAt: new Date(), exportedBy: "An" },
  content: body,
};
const [docx, exportedPdf] = await Promise.all([exportDocument("docx", input), exportDocument("pdf", input)]);

const transport = createSmtpTransport({ smtpUrl: process.env.SMTP_URL!, from: "Greychair <greychair@example.org>" });
await transport.send({ to: "probe@example.org", subject: "Probe", text: "Probe", html: "<p>Probe</p>", language: "en", messageId: "<probe@example.org>" });
transport.close();

process.stdout.write(
  JSON.stringify({
    pdfMediaType: await detectMediaType(pdf),
    pdfText: await extractAttachmentText(pdf, "application/pdf"),
    docxMediaType: await detectMediaType(docx.body),
    exportedPdfMediaType: await detectMediaType(exportedPdf.body),
    qrCode: await totpQrCode("otpauth://totp/Greychair:an@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Greychair"),
  }),
);
