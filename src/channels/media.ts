// Voice notes, photos and files: Waypoint reads only text. A channel says only what kind of thing
// arrived (from the platform's type or MIME type); it never downloads the media or keeps its
// address (media URLs, ids), so nothing of it is stored or passed on. The engine answers kindly
// that only text is read; during a handoff the lead worker is told the kind.
import type { Input, MediaKind } from '../engine/types.ts';

/** The kind of a media item from its MIME type (image/jpeg, audio/ogg, application/pdf, …). */
export function mediaKindOfMime(mime: string | undefined): MediaKind {
  const top = (mime ?? '').split('/')[0]!.trim().toLowerCase();
  if (top === 'audio') return 'voice';
  if (top === 'image') return 'image';
  if (top === 'video') return 'video';
  if (top === 'application' || top === 'text') return 'file';
  return 'other';
}

/** The turn's input for a media message; a caption, when there is one, is read as text. */
export function mediaInput(media: MediaKind, caption: string | undefined): Input {
  const text = caption?.trim() ? caption : undefined;
  return { type: 'media', media, ...(text !== undefined ? { caption: text } : {}) };
}
