/**
 * English news-page marker lines: related/most-read headings, share and print tools, comment widgets,
 * newsletter and cookie banners, wire-service credit boxes and footers.
 */
import type { MarkerVocabulary } from './types';

export const MARKERS_EN: MarkerVocabulary = {
  language: 'en',
  entries: [
    { kind: 'end', match: 'line', phrases: ['ends', '(end)', '-30-', '###'] },
    { kind: 'promo', match: 'contains', maxWords: 30, phrases: [
      'follow us on', 'join our telegram', 'join our channel', 'sign up for our', 'subscribe to our', 'get our newsletter',
      'download our app', 'like us on facebook', 'follow this topic',
    ] },
    { kind: 'section', match: 'line', phrases: [
      'related', 'related coverage', 'related articles', 'related stories', 'related topics', 'related content', 'related news',
      'more from', 'more stories', 'most popular', 'most read', 'most viewed', 'most commented', 'most shared', 'most active',
      'most popular stories right now', 'latest news', 'latest stories', 'latest headlines', 'trending', 'trending now',
      'recommended', 'recommended for you', 'we recommend', 'you may also like', 'you might also like', 'read more',
      'read next', 'see also', 'also on', 'from around the web', 'sponsored', 'sponsored content', 'sponsored ads',
      'sponsored links', 'promoted stories', 'tags', 'topics', 'comments', 'view all comments', 'story highlights',
      'editor\'s picks', 'editors\' picks', 'popular posts', 'top stories', 'more videos', 'advertisement', 'sections',
      'share this article', 'community guidelines', 'community standards', 'explore more', 'in other news', 'around the web', 'newsletter', 'newsletters',
    ] },
    { kind: 'section', match: 'prefix', maxWords: 6, phrases: [
      'latest in', 'more in', 'more on', 'also on', 'latest', 'most read', 'most popular', 'related:', 'see all', 'more ›',
    ] },
    { kind: 'share', match: 'line', phrases: [
      'share', 'share this', 'share this on', 'share this story', 'share on facebook', 'share on twitter', 'share via email',
      'share on linkedin', 'share on pinterest', 'share on whatsapp', 'share on messenger', 'view more sharing options',
      'reuse this content', 'tweet', 'email', 'print', 'recommend', 'pin it', 'copy link', 'close', 'skip to main content',
      'back to top', 'sign in', 'sign up', 'log in', 'login', 'register', 'subscribe', 'search', 'menu', 'listen',
      'save', 'view article', 'learn more', 'see all', 'more options',
    ] },
    { kind: 'share', match: 'prefix', maxWords: 5, phrases: ['short url', 'share on', 'share via'] },
    { kind: 'comments', match: 'prefix', maxWords: 20, phrases: [
      'please enable javascript to view the comments', 'you must login to comment', 'you must be logged in', 'loading comments',
      'leave a comment', 'post a comment', 'add a comment', 'view more comments', 'comments are closed', 'order by',
      'show 25', 'threads', 'we welcome comments',
    ] },
    { kind: 'legal', match: 'contains', maxWords: 40, phrases: [
      'all rights reserved', 'copyright ©', 'privacy policy', 'terms of use', 'terms of service', 'cookie policy',
      'we use cookies', 'this material may not be published', 'all quotes delayed', 'powered by wordpress',
      'do not sell my personal information', 'ad choices',
    ] },
    { kind: 'credit', match: 'prefix', maxWords: 30, phrases: [
      'additional reporting by', 'reporting by', 'editing by', 'writing by', 'compiled by', 'our standards:',
    ] },
    { kind: 'credit', match: 'prefix', maxWords: 8, phrases: [
      'photograph:', 'photo:', 'image:', 'slideshow', 'click here for', 'published', 'updated', 'posted on',
      'view author page', 'first published',
    ] },
  ],
  patterns: [
    // bylines: "By Jill Serjeant", "By Ed Hornick, CNN"
    { kind: 'credit', pattern: '^by\\s+[^\\s,]+(\\s+[^\\s,]+){0,3}(,\\s*[^,]{2,30})?$', maxWords: 8 },
    // "4 Min Read"
    { kind: 'credit', pattern: '^\\d+\\s*min(ute)?s?\\s*read$', maxWords: 3 },
    // "© REUTERS / NAME": photo agency credit
    { kind: 'credit', pattern: '^©\\s*\\S', maxWords: 8 },
  ],
  toolWords: [
    'facebook', 'twitter', 'x', 'email', 'e-mail', 'print', 'share', 'tweet', 'linkedin', 'pinterest', 'whatsapp', 'reddit',
    'digg', 'delicious', 'mixx', 'myspace', 'stumbleupon', 'google+', 'google', 'messenger', 'telegram', 'instagram',
    'youtube', 'rss', 'pin', 'interest', 'whats', 'app', 'comments', 'comment', 'recommend', 'copy', 'link', 'save',
    'podcasts', 'newsletters', 'flipboard', 'tumblr', 'mail', 'sms',
  ],
};
