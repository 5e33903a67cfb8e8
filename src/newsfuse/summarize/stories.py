"""What the input holds: one story or several, and items that are not articles.

A folder handed to ``brief`` may hold unrelated items (another story saved by mistake, a video or
tweet widget, a login wall). ``not_an_article`` spots the items; ``group_stories`` runs the online
story clusterer (newsfuse.cluster, the one ``newsfuse cluster`` uses) over the rest. The brief
covers the main story (most independent articles, then one of some length, then the first given) and says so in
``warnings``; ``newsfuse brief --split`` writes one brief per story instead.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from newsfuse.nlp.models import Embedder
from newsfuse.records import AnalysedStory, Article, BriefWarning

SUBSTANTIAL_WORDS = 150  # a story told in fewer words loses a tie to one told in more (group_stories)
MIN_ARTICLE_WORDS = 60  # below this, an item that reads like a widget or wall is not an article
_NOT_ARTICLE = re.compile(
    r"tweet with a location|pic\.twitter\.com|@\w+\)?\s+\w+ \d{1,2}, \d{4}|embedded video|watch the video|"
    r"\bplay video\b|\bvideo player\b|enable javascript|\blog ?in to\b|\bsign ?in to\b|"
    r"\bsubscribe (?:now|to (?:continue|read))\b|\bcreate (?:a free )?account\b|"
    r"\bthis (?:content|video) is (?:not )?available\b|\bpaywall\b|\bcookies?\b.*\baccept\b|"
    # a web host's page where the article should be (a parked or not yet mapped domain, row 199 of the
    # Multi-News validation set briefed "Your custom domain mapping may take … 24 hours" as the story)
    r"\bdomain (?:mapping|name|registration|is (?:for sale|parked))\b|\b(?:buy|parked) (?:this|the) domain\b|"
    r"\bweb ?hosting\b|\bhelp (?:center|centre)\b",
    re.IGNORECASE,
)


# what is left of a widget or wall once the cleaner has taken its headline lines ("Tweet with a
# location" goes as boilerplate; "You can add location information to your Tweets" stays)
_WIDGET_WORDS = re.compile(
    r"\bsign (?:in|up)\b|\blog ?in\b|\byour (?:tweets?|account|profile|password|e-?mail address)\b|"
    r"\bregistration\b|\blocation (?:information|history)\b|\bprivacy policy\b|\bterms of (?:service|use)\b",
    re.IGNORECASE,
)
MAX_FURNITURE_WORDS = 200  # a longer item is prose even if it says "sign in" twice


# a paragraph that closes a quotation with its source: "“Candid and inspiring.”—Jane Roe, The Daily"
_ENDORSEMENT = re.compile(r"[”\"]\s?(?:—|–|--)\s?[A-Z]")
MIN_BLURBS = 4
BLURB_SHARE = 0.85  # a quote listicle with an introduction ("what the winners said backstage") stays below


def blurb_page(article: Article) -> bool:
    """A publisher's praise page: nearly every paragraph is an endorsement with its source. It
    reports no event, and its quotes are praise of a book, not statements about the story."""
    paragraphs = [p for p in article.paragraphs if len(p.split()) >= 4]
    blurbs = sum(1 for p in paragraphs if _ENDORSEMENT.search(p))
    return blurbs >= MIN_BLURBS and blurbs >= BLURB_SHARE * len(paragraphs)


# a page of data tables: most of its words are figures ("1 $12,140 16,753 18,210 ..."). Multi-News validation row
# 197 briefed a page of poverty-guideline tables (77 % of its 850 words figures) as the main story and left out the
# news item beside it (editor read a29); no other document of rows 0-249 has more than 15 % (stop 29)
TABLE_SHARE = 0.4
_FIGURE = re.compile(r"[$€£]?[\d.,%/:-]*\d[\d.,%/:-]*")


def table_page(article: Article) -> bool:
    """A page whose words are mostly figures: a table of data, not a report."""
    words = article.text.split()
    return len(words) >= MIN_ARTICLE_WORDS and sum(1 for w in words if _FIGURE.fullmatch(w)) >= TABLE_SHARE * len(words)


# an encyclopedia page: section headings with their "[ edit ]" links, or reference marks "[12]" throughout. Multi-News
# validation row 106 (editor read, stop 35): a Wikipedia article of 3,471 words beside two news reports of 235 and 298
# gave 122 of the brief's 143 facts, a summary line and a wrong second citation of the top fact; rows 0-249 hold two
# such items (106, 158), no news report with either mark
_EDIT_LINK = re.compile(r"\[\s*edit\s*\]", re.IGNORECASE)
_REFERENCE_MARK = re.compile(r"\[\d{1,3}\]")
MIN_EDIT_LINKS = 2
MIN_REFERENCE_MARKS = 5


def encyclopedia_page(article: Article) -> bool:
    """Two or more "[ edit ]" section links, or five or more reference marks "[12]"."""
    text = article.text
    return len(_EDIT_LINK.findall(text)) >= MIN_EDIT_LINKS or len(_REFERENCE_MARK.findall(text)) >= MIN_REFERENCE_MARKS


# a visitor's or customer's review: the reviewer recommends, rates and retells a visit in the first person. Multi-News
# validation row 109 (editor read #14, stop 43): a zoo visit's review ("I spent 5 hours with Alan as our guide …
# Would highly recommend him as a guide … worth every single penny") beside the news of the zoo's rhino gave the
# brief's title and eight facts. Two different phrases and the first person throughout; a news report quoting a
# recommendation has one phrase, and its "I" is inside quotation marks
_REVIEW_PHRASE = re.compile(
    r"\b(?:highly recommend|would (?:definitely |highly )?recommend|i recommend|recommend (?:it|him|her|them|this)"
    r"|worth every (?:single )?penny|can(?:not|'t|’t) rave enough|five stars|5 stars|must[- ]see|"
    r"my (?:next|last|first) visit|(?:can(?:not|'t|’t) wait|planning) (?:to go back|for my next)|"
    r"our (?:guide|tour guide|waiter|server|host)|the staff (?:was|were) (?:amazing|great|friendly|fantastic))\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|I'm|I’m|I've|I’ve)\b")
_QUOTED = re.compile(r'[“"][^”"]*[”"]')
REVIEW_PHRASES = 2
REVIEW_FIRST_PERSON_SHARE = 0.02


def review_page(article: Article) -> bool:
    """Two or more different review phrases and first-person words (outside quotation marks) making up at least
    ``REVIEW_FIRST_PERSON_SHARE`` of the item's words."""
    text = _QUOTED.sub(" ", article.text)
    phrases = {m.group(0).lower() for m in _REVIEW_PHRASE.finditer(text)}
    words = len(text.split())
    return len(phrases) >= REVIEW_PHRASES and len(_FIRST_PERSON.findall(text)) >= REVIEW_FIRST_PERSON_SHARE * words


# ``not_an_article``'s answers by the article's paragraphs, all it reads (``Article.text`` and ``words`` are made from
# them): a brief asks it three times of each article (``pipeline.embedded_later``, ``split``'s two readings), each a
# pass of the review, table and house patterns over the whole text (~1.5 ms an article; docs/speed.md, stop 54)
_NOT_AN_ARTICLE: dict[tuple[str, ...], bool] = {}
_NOT_AN_ARTICLE_KEPT = 512


def not_an_article(article: Article) -> bool:
    """A short item made of widget, player or login-wall text rather than news prose, a publisher's page
    of endorsements, a page of data tables, an encyclopedia page (background, not a report of the story), or a
    visitor's review."""
    key = tuple(article.paragraphs)
    found = _NOT_AN_ARTICLE.get(key)
    if found is None:
        if len(_NOT_AN_ARTICLE) >= _NOT_AN_ARTICLE_KEPT:
            _NOT_AN_ARTICLE.clear()
        found = _NOT_AN_ARTICLE[key] = _not_an_article(article)
    return found


def _not_an_article(article: Article) -> bool:
    if blurb_page(article) or table_page(article) or encyclopedia_page(article) or review_page(article):
        return True
    if article.words >= MIN_ARTICLE_WORDS:
        return False
    # a short item in which the site speaks about itself is no article wherever the clusterer puts it (editor read
    # #9, stop 39, row 91: a petition widget, "Thank you for supporting the campaign … Click below to sign the
    # Petition.", clustered with NPR's story and became the lede)
    return bool(
        _NOT_ARTICLE.search(article.text) or _WIDGET_WORDS.search(article.text) or _HOUSE_TEXT.search(article.text)
    )


# what a site says about itself rather than about a story: a web archive's crawl notice, a house promo, a
# video player's or a missing page's text, a map's disclaimer. Multi-News validation rows 0-249 (stop 36): 25
# items of fewer than 200 words carry one of these, every one of them a non-article (12, 91, 96, 154, 175, 233 among
# them), and each was told to the reader as "the input holds 2 stories" when the clusterer put it apart; no news
# item of that length carries one
_HOUSE_TEXT = re.compile(
    r"\bcrawls\b|\bthis crawl\b|\bcrawl (?:of|data)\b|\bwayback machine\b|\binternet archive\b|"
    r"\bweb collections?\b|\barchive-it\b|"
    r"\barchive (?:the )?pages\b|\bincoming inter-domain link|"
    r"\bmailing list\b|\bsign up for (?:our|the)\b[^.]{0,40}\bnewsletter\b|\bjoin us on\b|\bclick below\b|"
    r"\bsign (?:the|our|this) petition\b|\bconfirm your (?:signature|e-?mail|subscription)\b|"
    r"\bdownload a copy\b|\bprint-on-demand\b|\bhere's a sampling\b|\bour (?:annual|weekly|daily) (?:database|list|"
    r"ranking|survey|guide|newsletter)\b|\bplease check (?:back|weekly|daily)\b|"
    r"\bthe video has been rented\b|\bfeature is not available\b|\btranscript could not be loaded\b|"
    r"\bfor any licensing requests?\b|\bthe page you requested\b|\bnot publicly accessible\b|"
    r"\bdo not imply the expression of any opinion\b",
    re.IGNORECASE,
)


# a list widget's heading opening the page: "Most Popular Stories Most Popular Stories More>>" and three other
# stories' teasers, 379 words, was told to the reader as "the input holds 2 stories" (editor read #22, Multi-News row
# 63); any length, since the teasers run long
_LIST_WIDGET = re.compile(
    r"\W*(?:most (?:popular|read|viewed|shared|emailed)|trending(?: now)?|top stories|related stories)\b[^.!?]{0,60}?"
    r"(?:\bmore\s*>>|\b(?:most (?:popular|read|viewed|shared|emailed)|trending|top stories)\b)",
    re.IGNORECASE,
)


def page_furniture(article: Article) -> bool:
    """An item that reads like a login wall or a widget (short and using two different phrases of one:
    "sign in", "your account", "registration"), or a short item in which the site speaks about itself
    (``_HOUSE_TEXT``: a crawl notice, "join our mailing list", a video player's "Rating is available when the
    video has been rented"). Used only for items that the story clusterer already put apart from the main
    story, so that the brief calls them what they are instead of "another story"; what the main story holds
    is decided by ``not_an_article`` alone."""
    if not_an_article(article):
        return True
    if _LIST_WIDGET.match(article.title or "") or _LIST_WIDGET.match(article.text):
        return True  # the heading is often taken as the page's title
    if article.words >= MAX_FURNITURE_WORDS:
        return False
    if _HOUSE_TEXT.search(article.text):
        return True
    return len({m.group(0).lower() for m in _WIDGET_WORDS.finditer(article.text)}) >= 2


def group_stories(articles: list[Article], embedder: Embedder) -> list[list[Article]]:
    """The articles grouped into stories, largest first (most independent articles, then a story of
    ``SUBSTANTIAL_WORDS`` or more before a scrap, then the earliest given); copies go with the article
    they copy. A folder of one article and two scraps (a host's page, a billing notice) is a story of
    one article: the first file given was the 44-word scrap in Multi-News validation row 199. Most
    words first was tried and dropped: row 201 then briefed a 1,074-word decoding of album liner notes
    instead of the 237-word news of a break-up given first."""
    from newsfuse.cluster import OnlineClusterer, StreamItem

    originals = [a for a in articles if a.copy_of is None]
    if len(originals) < 2:
        return [articles] if articles else []
    items = [StreamItem(a.id, a.text, a.title, a.published, a.url) for a in originals]
    story_of = dict(OnlineClusterer(embedder).run(items))
    for a in articles:
        if a.copy_of is not None:
            story_of[a.id] = story_of.get(a.copy_of, a.copy_of)
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(story_of[a.id], []).append(a)
    order = {a.id: k for k, a in enumerate(articles)}
    return sorted(
        _joined(list(groups.values()), originals, embedder),
        key=lambda g: (
            -sum(1 for a in g if a.copy_of is None),
            not any(_REPORTING.search(a.text) for a in g if a.copy_of is None),
            sum(a.words for a in g if a.copy_of is None) < SUBSTANTIAL_WORDS,
            min(order[a.id] for a in g),
        ),
    )


# A folder handed to ``brief`` is one story unless it clearly is not. The stream clusterer parts two
# angles of one event (one interview's two topics, a roundup's items, a study and its coverage); a
# reader judged the 84 groups that the clusterer put apart on Multi-News validation rows 0-249 (stop
# 25): 31 the same story, 41 another item, 12 unsure. Groups whose centroids are this close are one
# story: 26 of the 31 joined, 8 of the 41 (2 of them where the clusterer had briefed the junk item).
SAME_STORY_COSINE = 0.25
# news reports say who said what; archive notices, program pages, galleries and ads do not: among
# groups of as many articles, one that reports speech is the main story (rows 62, 99, 134 briefed a
# crawl notice, a missing-person notice or a program page and left the news out)
_REPORTING = re.compile(r"\b(?:said|says|told|according to)\b")


def _joined(groups: list[list[Article]], originals: list[Article], embedder: Embedder) -> list[list[Article]]:
    """``groups`` with any two whose mean vectors (of the texts the clusterer embeds) are at least
    ``SAME_STORY_COSINE`` alike joined, closest first."""
    from newsfuse.cluster.features import embed_text

    if len(groups) < 2:
        return groups
    texts = [embed_text(a.title, a.text) for a in originals]
    vectors = dict(zip([a.id for a in originals], embedder.encode(texts), strict=True))
    while len(groups) > 1:
        means = []
        for g in groups:
            v = np.mean([vectors[a.id] for a in g if a.id in vectors], axis=0)
            means.append(v / (np.linalg.norm(v) or 1.0))
        alike = np.array(means) @ np.array(means).T
        np.fill_diagonal(alike, -1.0)
        i, j = np.unravel_index(int(np.argmax(alike)), alike.shape)
        if alike[i, j] < SAME_STORY_COSINE:
            break
        first, second = sorted((int(i), int(j)))
        groups[first] = groups[first] + groups[second]
        del groups[second]
    return groups


def restrict(story: AnalysedStory, keep: set[str]) -> AnalysedStory:
    """The analysed story limited to the articles in ``keep`` (ids unchanged)."""
    rows = [i for i, s in enumerate(story.sentences) if s.article_id in keep]
    entities = [replace(e, sources=[s for s in e.sources if s in keep]) for e in story.entities]
    quotes = [replace(q, sources=[s for s in q.sources if s in keep]) for q in story.quotes]
    return replace(
        story,
        articles=[a for a in story.articles if a.id in keep],
        sentences=[story.sentences[i] for i in rows],
        mentions=[m for m in story.mentions if m.article_id in keep],
        embeddings=story.embeddings[rows] if len(story.embeddings) else np.zeros((0, 384), dtype=np.float32),
        entities=[e for e in entities if e.sources],
        quotes=[q for q in quotes if q.sources],
        dates=[d for d in story.dates if d.article_id in keep],
    )


# a quotation closed by who said it: '… am I being an all-star?' " she recalled.'
_ATTRIBUTED_QUOTE = re.compile(
    r"[”\"]\s*,?\s*(?:he|she|they|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s+"
    r"(?:said|says|recalled|recalls|told|added|wrote|explained|remembered)\b"
)


def quote_scrap(group: list[Article]) -> bool:
    """A group of fewer than ``MIN_ARTICLE_WORDS`` words that quotes someone and says who: a pull quote or the end of
    a report cut off by the scraper, with too few words for the stream clusterer to place. Editor read #30,
    Multi-News row 75: a teacher's 50-word memory of the boy killed in the story ("… 'Ms. Abrams, am I being an
    all-star?' " she recalled.) was "another story" and the brief left it out. Short scraps that quote nobody (a
    horoscope's teaser, a library's list of resources: rows 150 and 77) stay apart."""
    return sum(a.words for a in group) < MIN_ARTICLE_WORDS and any(_ATTRIBUTED_QUOTE.search(a.text) for a in group)


def split(story: AnalysedStory, embedder: Embedder) -> tuple[list[list[str]], list[BriefWarning]]:
    """(article ids of each story, main story first; the warnings a brief of the main story carries)."""
    items = [a for a in story.articles if not_an_article(a)]
    articles = [a for a in story.articles if not not_an_article(a)] or story.articles
    grouped = group_stories(articles, embedder)
    # a minor "story" made only of walls and widgets is not a story: report it as such
    walls = [g for g in grouped[1:] if all(page_furniture(a) for a in g)]
    items += [a for g in walls for a in g]
    grouped = [g for g in grouped if not any(g is w for w in walls)]
    # a scrap that only quotes someone is too short to be told apart from the main story: it joins it
    if grouped:
        main: list[Article] = list(grouped[0])
        apart: list[list[Article]] = []
        for g in grouped[1:]:
            if quote_scrap(g):
                main.extend(g)
            else:
                apart.append(g)
        grouped = [main, *apart]
    groups = [[a.id for a in g] for g in grouped]
    warnings = []
    if items and len(items) < len(story.articles):
        ids = [a.id for a in items]
        warnings.append(
            BriefWarning(
                "not_an_article",
                # in a reader's words, no "item(s)" (editor read #18, Multi-News row 75)
                (f"{len(ids)} items are not articles" if len(ids) > 1 else "1 item is not an article")
                + " (a widget, video, login, promo, archive notice, blurb, data table, encyclopedia page or review)"
                + (" and were" if len(ids) > 1 else " and was")
                + " left out of the brief",
                ids,
            )
        )
    if len(groups) > 1:
        others = [i for g in groups[1:] for i in g]
        warnings.append(
            BriefWarning(
                "several_stories",
                f"the input holds {len(groups)} stories; this brief covers the main "
                f"one ({_articles(len(groups[0]))}); the command newsfuse brief --split writes one brief per story",
                others,
            )
        )
    return groups, warnings


def _articles(n: int) -> str:
    return "1 article" if n == 1 else f"{n} articles"
