/** The otpauth:// link as a QR code (a PNG data URL) for an authenticator app to scan. */
export async function totpQrCode(otpauthUrl: string): Promise<string> {
  const QRCode = (await import("qrcode")).default; // loaded at the first enrolment, not when the server starts
  return QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: "M", margin: 2, width: 240 });
}
