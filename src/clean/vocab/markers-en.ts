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
      'follow us on', 'sign up for', 'join our telegram', 'join our channel', 'sign up for our', 'subscribe to our', 'get our newsletter',
      'download our app', 'like us on facebook', 'follow this topic',
    ] },
    // lists of other stories (most read, recommended); then the comment headings, which end the article
    { kind: 'section', match: 'line', phrases: [
      'most popular', 'most read', 'most viewed', 'most commented', 'most shared', 'most active', 'most popular stories right now',
      'trending', 'trending now', 'recommended', 'recommended for you', 'recommended stories', 'we recommend', 'you may also like',
      'you might also like', 'you may have missed', 'read next', 'read these next', 'what to read next', 'from around the web',
      'around the web', 'sponsored', 'sponsored content', 'sponsored ads', 'sponsored links', 'promoted stories', 'more stories',
      'popular stories', 'popular posts', 'more videos', 'explore more', 'more from our network',
    ] },
    { kind: 'comments', match: 'line', phrases: [
      'comments', 'view all comments', 'top rated comments', 'reader comments', 'show comments', 'join the discussion', 'leave a reply',
      'discussion', 'conversation',
    ] },
    { kind: 'section', match: 'line', phrases: [
      'related', 'related coverage', 'related articles', 'related stories', 'related topics', 'related content', 'related news',
      'more from',
      'latest news', 'latest stories', 'latest headlines', 
      'read more',
      'see also', 'also on', 
      'tags', 'topics', 'story highlights',
      'editor\'s picks', 'editors\' picks', 'top stories', 'advertisement', 'sections',
      'share this article', 'community guidelines', 'community standards', 'in other news', 'newsletter', 'newsletters',
    ] },
    { kind: 'section', match: 'prefix', maxWords: 6, phrases: ['most read', 'most popular', 'more from', 'more stories from'] },
    { kind: 'section', match: 'prefix', maxWords: 6, phrases: ['latest in', 'more in', 'more on', 'also on', 'latest', 'related:', 'see all', 'more ›'] },
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
      'leave a comment', 'post a comment', 'add a comment', 'view more comments', 'comments are closed', 'we welcome comments',
      'loading comments', 'join the conversation', 'comments powered by',
    ] },
    // moderation notices run long; these phrases do not occur in article prose
    { kind: 'comments', match: 'contains', maxWords: 60, phrases: [
      'comments are moderated', 'comment moderation', 'commenting policy', 'comment policy', 'reviewed before they are published',
    ] },
    // "copyright" alone is not enough: "Image copyright Getty Images" is a photo credit (see patterns)
    { kind: 'copyright', match: 'contains', maxWords: 40, phrases: ['all rights reserved'] },
    { kind: 'legal', match: 'contains', maxWords: 40, phrases: [
      'privacy policy', 'terms of use', 'terms of service', 'cookie policy',
      'we use cookies', 'this material may not be published', 'all quotes delayed', 'powered by wordpress',
      'do not sell my personal information', 'ad choices',
    ] },
    // bylines with a date: "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST"
    { kind: 'credit', match: 'prefix', maxWords: 14, phrases: ['posted by', 'written by', 'published by'] },
    { kind: 'credit', match: 'prefix', maxWords: 30, phrases: [
      'additional reporting by', 'reporting by', 'editing by', 'writing by', 'compiled by', 'our standards:',
    ] },
    { kind: 'credit', match: 'prefix', maxWords: 8, phrases: [
      'photograph:', 'photo:', 'image:', 'image copyright', 'image caption', 'image source', 'photo credit', 'slideshow', 'click here for', 'published', 'updated', 'posted on',
      'view author page', 'first published',
    ] },
  ],
  patterns: [
    // bylines: "By Jill Serjeant", "By Ed Hornick, CNN"
    { kind: 'credit', pattern: '^by\\s+[^\\s,|]+(\\s+[^\\s,|]+){0,3}(\\s*[,|]\\s*[^,|]{2,40}){0,2}$', maxWords: 12 },
    // comment-section headings: "10 Comments", "34 responses to “Title”", "2 thoughts on “Title”"
    { kind: 'comments', pattern: '^\\d+\\s+(comments?|responses?|replies|thoughts)(\\s+(to|on)\\b.*)?$', maxWords: 25 },
    // "4 Min Read"
    { kind: 'credit', pattern: '^\\d+\\s*min(ute)?s?\\s*read$', maxWords: 3 },
    // a dated copyright line: "© 2019 Bell Media", "Copyright (c) 2018 X", "©2019 CBS Broadcasting Inc."
    { kind: 'copyright', pattern: '(^|\\s)(©|\\(c\\)|copyright)\\s*(©|\\(c\\))?\\s*\\d{4}\\b', maxWords: 40 },
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
