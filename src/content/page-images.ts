// The bytes of the article's images that the page has already loaded, for the Word export: each is drawn from
// its <img> onto a canvas and encoded again, so no request is made. An image of another origin that was not
// loaded with CORS taints the canvas and cannot be read; it, and any image the page did not load (those of
// other pages of a merged article), is linked in the document instead.
import type { Article, DocxImage } from '../core/index';

/** Larger images are scaled down to this width before they are encoded: a Word page is 16 cm wide. */
const MAX_WIDTH_PX = 1600;

function loadedImage(doc: Document, src: string): HTMLImageElement | null {
  for (const img of Array.from(doc.images)) {
    if ((img.currentSrc === src || img.src === src) && img.complete && img.naturalWidth > 0 && img.naturalHeight > 0) return img;
  }
  return null;
}

async function encode(img: HTMLImageElement, doc: Document): Promise<DocxImage | null> {
  const scale = Math.min(1, MAX_WIDTH_PX / img.naturalWidth);
  const width = Math.max(1, Math.round(img.naturalWidth * scale));
  const height = Math.max(1, Math.round(img.naturalHeight * scale));
  const canvas = doc.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const jpeg = /\.jpe?g(?:[?#]|$)/i.test(img.currentSrc || img.src);
  try {
    if (jpeg) {
      // JPEG has no transparency: a white ground, as the page showed it.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
    }
    context.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, jpeg ? 'image/jpeg' : 'image/png', 0.92));
    if (!blob) return null;
    return { data: new Uint8Array(await blob.arrayBuffer()), type: jpeg ? 'jpg' : 'png', width, height };
  } catch {
    return null; // a tainted canvas (cross-origin image): linked instead
  }
}

export async function loadedImages(article: Article, doc: Document): Promise<Map<string, DocxImage>> {
  const images = new Map<string, DocxImage>();
  for (const block of article.blocks) {
    if (block.type !== 'image' || images.has(block.src)) continue;
    const img = loadedImage(doc, block.src);
    const encoded = img ? await encode(img, doc) : null;
    if (encoded) images.set(block.src, encoded);
  }
  return images;
}
