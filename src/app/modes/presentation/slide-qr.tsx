import type { Messages } from '../../../lib/copy/sv';
import { QrCode } from '../../../lib/components/qr-code';
import { currentUrl } from '../../url/store';

/** A QR code to this view for the phones in the room; a chunk of its own (the QR encoder). */
export default function SlideQr({ t }: { t: Messages }) {
  return (
    <figure className="qr">
      <QrCode text={currentUrl({ tur: null, visning: null })} label={t.qrLabel} size={150} />
      <figcaption>{t.qrCaption}</figcaption>
    </figure>
  );
}
