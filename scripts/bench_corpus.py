#!/usr/bin/env python3
"""Writes the benchmark corpus: the same synthetic campaign site as Placard content and as a Hugo site.

usage: scripts/bench_corpus.py --posts N --out DIR [--seed S] [--force]

DIR/placard/content/ holds site.yml and N posts, each with a body of about 1,500 words (headings, paragraphs, action
lists, quotes, links, emphasis, code, bare URLs), two dated updates of about 150 words and a comments.yml of 74
comments, a fifth of them replies (at most three levels below a top-level comment), one in twenty by the post's
author, a few holding raw HTML and each post at least one <script> that every generator must neutralise.

DIR/hugo/ is the equivalent Hugo site: hugo.toml, layouts of its own (HUGO_LAYOUTS below) that put the updates on the
post page, newest first, and the comment tree, read from data/comments/<slug>.json, through a recursive partial that
renders each body as Markdown. The posts' Markdown is byte for byte the same in both.

Deterministic: the same seed gives the same bytes, and post i depends only on the seed and i, so the first 100 posts
of a 1,000-post corpus are the 100-post corpus. Python's standard library only. `scripts/bench` runs this.
"""
import argparse, datetime, json, os, random, shutil, sys

SUBJECTS = """budget bridge clinic crossing depot ferry garden hearing housing levy library market meadow
orchard park petition playground pool quarry rail ranger reservoir route school shelter shoreline square station
survey tenancy trail tram tunnel valley ward wharf zoning""".split()
ACTIONS = """ask back call count deliver demand document email explain fund gather inspect invite map measure
mend notify open plant print protect question record register repair report restore review sign survey testify
visit vote write""".split()
QUALITIES = """accessible affordable binding clear cleaner costly crowded early fair final flooded local long
new noisy open overdue public quiet revised safe shared steep temporary unsafe urgent weekly""".split()
GLUE = """a a about after and and as at before by during for for from in in into near of of of on on our
over the the the the their this through to to to under until which while with""".split()
FIRST = """Abebe Astrid Bilal Carmen Dmitri Efua Farah Gustavo Hiroshi Ilse Jamal Katya Lorenzo Malia Nikhil
Oona Pablo Qing Rania Soren Thandi Umar Vera Wen Ximena Yara Zeynep""".split()
LAST = """Abara Bauer Castillo Dlamini Eriksen Fontaine Gallo Horvat Ibrahim Jansen Kaur Lindgren Mensah
Novak Olsen Pereira Quist Reyes Sato Tran Umeh Varga Weber Yilmaz""".split()
TAGS = """access budget climate health housing libraries parks schools streets transit water youth""".split()
RAW_HTML = ["<b>really</b>", "<i>now</i>", '<img src="x.png" onerror="alert(3)">',
            '<a href="javascript:alert(4)">here</a>', '<iframe src="https://elsewhere.example/"></iframe>']
SCRIPT = "<script>alert('comment')</script>"

SITE_TITLE = "Neighbours for the Valley Line"
BASE_URL = "https://example.org/"
AUTHOR = "The Valley Line team"
FIRST_DAY = datetime.date(2024, 12, 31)  # post 0; post i is i days earlier
WORDS, UPDATES, UPDATE_WORDS, COMMENTS = 1500, 2, 150, 74
REPLY_RATE, MAX_DEPTH, AUTHOR_RATE, RAW_RATE = 0.2, 3, 0.05, 0.03


def pick_words(rng, count):
    words = []
    for _ in range(count):
        roll = rng.random()
        pool = SUBJECTS if roll < 0.5 else ACTIONS if roll < 0.62 else QUALITIES if roll < 0.72 else GLUE
        words.append(rng.choice(pool))
    return words


def address(rng):
    return "/".join("-".join(rng.choice(SUBJECTS) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 2)))


def inline(rng, words, rich=True):
    """Words with Markdown inlines: links, emphasis, strong, code."""
    out, i = [], 0
    while i < len(words):
        roll = rng.random()
        if rich and roll < 0.025 and i + 3 < len(words):
            span = rng.randint(2, 4)
            out.append("[%s](https://example.org/%s)" % (" ".join(words[i:i + span]), address(rng)))
            i += span
        elif roll < 0.05:
            out.append("*%s*" % words[i])
            i += 1
        elif rich and roll < 0.065:
            span = min(rng.randint(1, 3), len(words) - i)
            out.append("**%s**" % " ".join(words[i:i + span]))
            i += span
        elif rich and roll < 0.07:
            out.append("`%s`" % words[i])
            i += 1
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def sentence(rng, shortest=8, longest=22, rich=True):
    text = inline(rng, pick_words(rng, rng.randint(shortest, longest)), rich)
    text = text[:1].upper() + text[1:]
    if rich and rng.random() < 0.04:
        text += ", see https://example.org/%s" % address(rng)
    return text + ("?" if rng.random() < 0.06 else ".")


def paragraph(rng, fewest=2, most=6, rich=True, shortest=8, longest=22):
    return " ".join(sentence(rng, shortest, longest, rich) for _ in range(rng.randint(fewest, most)))


def heading_text(rng, fewest=3, most=8):
    words = pick_words(rng, rng.randint(fewest, most))
    return " ".join(w if w in GLUE and k else w.capitalize() for k, w in enumerate(words))


def actions(rng):
    items = []
    for _ in range(rng.randint(3, 6)):
        text = inline(rng, [rng.choice(ACTIONS)] + pick_words(rng, rng.randint(5, 14)))
        items.append(("NEW: " if rng.random() < 0.3 else "") + text[:1].upper() + text[1:] + ".")
    return "\n".join("%d. %s" % (n + 1, item) for n, item in enumerate(items))


def quote(rng):
    lines = ["> " + sentence(rng) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.5:
        lines += [">", "> — %s, at the %s" % (rng.choice(FIRST), rng.choice(SUBJECTS))]
    return "\n".join(lines)


def post_body(rng):
    blocks = [paragraph(rng, 2, 4)]
    count = since_heading = len(blocks[0].split())
    while count < WORDS:
        roll = rng.random()
        if since_heading > rng.randint(180, 320):
            block, since_heading = ("## " if rng.random() < 0.8 else "### ") + heading_text(rng, 2, 6), 0
        elif roll < 0.10:
            block = actions(rng)
        elif roll < 0.17:
            block = quote(rng)
        elif roll < 0.19:
            block = "The documents: https://example.org/%s" % address(rng)
        else:
            block = paragraph(rng)
        words = len(block.split())
        count += words
        since_heading += words
        blocks.append(block)
    return "\n\n".join(blocks) + "\n"


def update_body(rng):
    blocks, count = [], 0
    while count < UPDATE_WORDS:
        block = actions(rng) if blocks and rng.random() < 0.25 else paragraph(rng, 1, 4)
        count += len(block.split())
        blocks.append(block)
    return "\n\n".join(blocks) + "\n"


def comment_body(rng, raw):
    paragraphs = [paragraph(rng, 1, 3, rng.random() < 0.3, 5, 16) for _ in range(rng.randint(1, 4))]
    if raw:
        k = rng.randrange(len(paragraphs))
        words = paragraphs[k].split(" ")
        words.insert(rng.randint(0, len(words)), raw)
        paragraphs[k] = " ".join(words)
    return "\n\n".join(paragraphs) + "\n"


def slugify(text):
    slug = "".join(c if c.isalnum() else "-" for c in text.lower())
    while "--" in slug:
        slug = slug.replace("--", "-")
    return slug.strip("-")


def make_post(seed, i):
    rng = random.Random("placard-bench:%s:%d" % (seed, i))
    title = heading_text(rng, 4, 9)
    words = slugify(title).split("-")
    while len(words) > 1 and len("-".join(words)) > 40:
        words.pop()
    slug = "%s-%d" % ("-".join(words), i + 1)
    day = FIRST_DAY - datetime.timedelta(days=i)
    post = {"title": title, "slug": slug, "date": day, "tags": sorted(rng.sample(TAGS, rng.randint(1, 3))),
            "body": post_body(rng)}
    span = max(UPDATES + 1, min(600, (datetime.date(2025, 6, 30) - day).days))
    post["updates"] = [{"date": day + datetime.timedelta(days=offset), "title": heading_text(rng, 2, 6),
                        "body": update_body(rng)} for offset in sorted(rng.sample(range(1, span + 1), UPDATES))]
    comments, moment = [], datetime.datetime.combine(day, datetime.time(8, 30))
    step = max(1, min(900, (datetime.date(2025, 6, 30) - day).days)) * 86400 // (COMMENTS + 1)
    script_at = rng.randrange(COMMENTS)
    for k in range(COMMENTS):
        moment += datetime.timedelta(seconds=rng.randint(max(60, step // 3), max(61, step)))
        parent, depth = None, 0
        if comments and rng.random() < REPLY_RATE:
            open_threads = [c for c in comments if c["depth"] < MAX_DEPTH]
            if open_threads:
                above = rng.choice(open_threads)
                parent, depth = above["id"], above["depth"] + 1
        by_author = rng.random() < AUTHOR_RATE
        raw = SCRIPT if k == script_at else rng.choice(RAW_HTML) if rng.random() < RAW_RATE else None
        comments.append({"id": i * COMMENTS + k + 1, "parent": parent, "depth": depth,
                         "author": AUTHOR if by_author else "%s %s" % (rng.choice(FIRST), rng.choice(LAST)),
                         "role": "author" if by_author else None, "date": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "body": comment_body(rng, raw)})
    post["comments"] = comments
    return post


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def q(text):
    """A YAML double-quoted scalar (JSON's string syntax is one)."""
    return json.dumps(text, ensure_ascii=False)


def indented(text, spaces):
    return "".join((" " * spaces + line if line else "") + "\n" for line in text.rstrip("\n").split("\n"))


def front_matter(post):
    return "---\ntitle: %s\ndate: %s\ntags:\n%s---\n" % (
        q(post["title"]), post["date"].isoformat(), "".join("  - %s\n" % t for t in post["tags"]))


def write_placard(folder, post):
    base = os.path.join(folder, "posts", post["slug"])
    write(os.path.join(base, "index.md"), front_matter(post) + "\n" + post["body"])
    for update in post["updates"]:
        write(os.path.join(base, "updates", update["date"].isoformat() + ".md"),
              "---\ntitle: %s\n---\n\n%s" % (q(update["title"]), update["body"]))
    lines = []
    for c in post["comments"]:
        lines.append("- id: %d\n" % c["id"])
        if c["parent"] is not None:
            lines.append("  parent: %d\n" % c["parent"])
        lines.append("  author: %s\n  date: %s\n" % (q(c["author"]), c["date"]))
        if c["role"]:
            lines.append("  role: %s\n" % c["role"])
        lines.append("  body: |\n" + indented(c["body"], 4))
    write(os.path.join(base, "comments.yml"), "".join(lines))


def comment_tree(comments):
    """Comments ({id, parent, author, role, date, body}) as nested {…, replies: […]} for the Hugo layouts."""
    nodes, roots = {}, []
    for c in comments:
        node = {"id": c["id"], "author": c["author"], "date": c["date"], "role": c.get("role") or "",
                "body": c["body"], "replies": []}
        nodes[c["id"]] = node
        (nodes[c["parent"]]["replies"] if c.get("parent") is not None else roots).append(node)
    return roots


HUGO_CONFIG = """baseURL = "%s"
title = %s
languageCode = "en"
disableKinds = ["taxonomy", "term"]

[markup.goldmark.renderer]
  unsafe = false
""" % (BASE_URL, q(SITE_TITLE))

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<title>{{ with .Title }}{{ . }} | {{ end }}{{ site.Title }}</title>
<link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | absURL }}">
</head>
<body>
<nav><a href="{{ "/" | relURL }}">{{ site.Title }}</a></nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "index.html": """{{ define "main" }}
<h1>{{ site.Title }}</h1>
<ol class="post-list">
{{ range where site.RegularPages "Section" "posts" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>, {{ .Date.Format "January 2, 2006" }}</li>
{{ end }}</ol>
{{ end }}
""",
    "_default/list.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
<ol class="post-list">
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>, {{ .Date.Format "January 2, 2006" }}</li>
{{ end }}</ol>
{{ end }}
""",
    "_default/single.html": """{{ define "main" }}
<article>
<header><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time>{{ range .Params.tags }} #{{ . }}{{ end }}</p></header>
{{ .Content }}
{{ $updates := .Resources.Match "updates/*.md" }}
{{ if $updates }}<section id="updates">
<h2>Updates</h2>
{{ range sort $updates "Name" "desc" }}{{ $day := strings.TrimSuffix ".md" (path.Base .Name) }}
<section id="update-{{ $day }}">
<h3><time datetime="{{ $day }}">{{ $day }}</time>: {{ .Title }}</h3>
{{ .Content }}
</section>
{{ end }}</section>{{ end }}
{{ with index site.Data.comments .File.ContentBaseName }}<section id="comments">
<h2>Comments</h2>
<ol>{{ range . }}{{ partial "thread.html" . }}{{ end }}</ol>
</section>{{ end }}
</article>
{{ end }}
""",
    "partials/thread.html": """<li id="comment-{{ .id }}"{{ if eq .role "author" }} class="from-author"{{ end }}>
<p><strong>{{ .author }}</strong>{{ if eq .role "author" }} (author){{ end }}, <a href="#comment-{{ .id }}"><time datetime="{{ .date }}">{{ .date }}</time></a></p>
{{ .body | markdownify }}
{{ with .replies }}<ol>{{ range . }}{{ partial "thread.html" . }}{{ end }}</ol>{{ end }}
</li>
""",
}


def write_hugo(folder, post):
    base = os.path.join(folder, "content", "posts", post["slug"])
    write(os.path.join(base, "index.md"), front_matter(post) + "\n" + post["body"])
    for update in post["updates"]:
        write(os.path.join(base, "updates", update["date"].isoformat() + ".md"),
              "---\ntitle: %s\n---\n\n%s" % (q(update["title"]), update["body"]))
    write(os.path.join(folder, "data", "comments", post["slug"] + ".json"),
          json.dumps(comment_tree(post["comments"]), ensure_ascii=False, indent=1) + "\n")


def write_hugo_site(folder):
    """The Hugo site's configuration and layouts, without content."""
    write(os.path.join(folder, "hugo.toml"), HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        write(os.path.join(folder, "layouts", name), text)
    write(os.path.join(folder, "content", "posts", "_index.md"), "---\ntitle: Posts\n---\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", default="1")
    parser.add_argument("--force", action="store_true", help="replace --out if it exists")
    args = parser.parse_args(argv)
    if os.path.exists(args.out):
        if not args.force:
            sys.exit("%s exists; add --force to replace it" % args.out)
        shutil.rmtree(args.out)
    content = os.path.join(args.out, "placard", "content")
    write(os.path.join(content, "site.yml"), "title: %s\nbase_url: %s\nlanguage: en\n" % (q(SITE_TITLE), BASE_URL))
    write_hugo_site(os.path.join(args.out, "hugo"))
    for i in range(args.posts):  # one post at a time: memory stays flat at any size
        post = make_post(args.seed, i)
        write_placard(content, post)
        write_hugo(os.path.join(args.out, "hugo"), post)
    return 0


if __name__ == "__main__":
    sys.exit(main())
