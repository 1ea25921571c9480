import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleFooter } from '@/components/article/article-footer';
import { ArticleHeader } from '@/components/article/article-header';
import { ArticleJsonLd } from '@/components/article/article-json-ld';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { ErrorMessages } from '@/components/article/error-messages';
import { TableOfContents } from '@/components/article/table-of-contents';
import { YourError } from '@/components/article/your-error';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { ArticleBody } from '@/components/mdx/article-body';
import { categories } from '@/lib/categories';
import { getArticle, getArticles, getRelatedArticles, getStepRedirects } from '@/lib/content';
import { articlePath } from '@/lib/site';

type PageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  const url = articlePath(article.slug);
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: url, types: { 'text/markdown': `${url}.md` } },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.summary,
      url,
      modifiedTime: article.updated,
      siteName: 'SyncFix',
    },
    // X (Twitter) reads the title, description and image from the Open Graph tags.
    twitter: { card: 'summary_large_image' },
  };
}

export default async function ArticlePage({ params }: PageProps) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const related = getRelatedArticles(article.slug);

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
      <article className="min-w-0" data-article={article.slug}>
        <ArticleJsonLd article={article} />
        <Breadcrumbs
          trail={[
            { href: '/', label: 'Home' },
            { href: `/#${article.category}`, label: categories[article.category] },
          ]}
          current={article.title}
        />
        <ArticleHeader article={article} />
        <ErrorMessages messages={article.errorMessages} sources={article.sources} />
        <YourError />
        <ArticleBody article={article} redirects={getStepRedirects(article.slug)} related={related[0]} />
        <FeedbackForm article={article} />
        <ArticleFooter article={article} related={related} />
      </article>
      <aside className="print-hidden hidden lg:block">
        <div className="sticky top-20">
          <TableOfContents headings={article.headings} />
        </div>
      </aside>
    </div>
  );
}
