import { loadArticles } from '../lib/content';

const directory = process.argv[2];
const articles = loadArticles(directory);
console.log(`${articles.length} articles valid: ${articles.map((article) => article.slug).join(', ')}`);
