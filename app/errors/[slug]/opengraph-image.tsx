import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { categories } from '@/lib/categories';
import { getArticle, getArticles } from '@/lib/content';
import { site } from '@/lib/site';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'SyncFix article card';
// Only the shipped articles have a card: any other slug is a 404 and nothing is rendered or cached for it.
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

/** A share card per article: its title, category and the start of the error text. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const message = article.errorMessages[0]?.text ?? '';
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        padding: 72,
        background: '#0f172a',
        color: '#f8fafc',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: '#5eead4' }}>
        {site.name} · {categories[article.category]}
      </div>
      <div style={{ display: 'flex', marginTop: 36, fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>{article.title}</div>
      <div
        style={{
          display: 'flex',
          marginTop: 40,
          padding: 28,
          fontSize: 28,
          borderRadius: 16,
          background: '#450a0a',
          color: '#fecaca',
        }}
      >
        {message.length > 140 ? `${message.slice(0, 140)}…` : message}
      </div>
    </div>,
    size,
  );
}
