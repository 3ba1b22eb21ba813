# The whole setup on a fresh Debian/Ubuntu or macOS machine: `make serve` to see the example site,
# `make test` to run every test.
SWIFT ?= swift
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

PREFIX ?= /usr/local

.PHONY: serve test build install uninstall deps screenshots bench

serve: deps
	$(SWIFT) build --product placard
	$$($(SWIFT) build --show-bin-path)/placard build
	$$($(SWIFT) build --show-bin-path)/placard serve --port $(PORT)

test: deps
	$(SWIFT) build --build-tests
	# One run: builds and checks leave Swift's cooperative threads while they work (SiteBuilder.build and the others
	# are async and run on threads of their own), so the dev-server tests, which answer HTTP on those threads, run
	# beside them even on a 2-core machine.
	$(SWIFT) test --skip-build
	scripts/check-xss "$$($(SWIFT) build --show-bin-path)/placard"
	$$($(SWIFT) build --show-bin-path)/placard check
	scripts/check-html
	scripts/check-feeds
	scripts/check-nginx "$$($(SWIFT) build --show-bin-path)/placard"
	scripts/check-a11y

# PNGs of every page at 390 and 1280 px, light and dark, into screenshots/: a review aid for theme
# changes. Rebuilds public/ first; headless Chromium behind nginx, both installed when missing.
screenshots: deps
	$(SWIFT) build --product placard
	$$($(SWIFT) build --show-bin-path)/placard build
	scripts/screenshots screenshots

# The release binary. On Linux, Swift's standard library and Foundation are linked into it (a small build starts in
# about 60% of the time: no dynamic linking of 27 libraries), and it allocates with mimalloc instead of glibc's
# malloc when libmimalloc-dev is there (deps installs it with apt-get): 9% less CPU on a 1,000-post site, about
# 4 MiB more memory. docs/performance.md has the measurements.
STATIC_STDLIB := $(shell [ "$$(uname -s)" = Linux ] && echo --static-swift-stdlib)
MIMALLOC = $$([ "$$(uname -s)" = Linux ] && ls /usr/lib/*/libmimalloc.so >/dev/null 2>&1 \
	&& echo -Xlinker -lmimalloc)
build: deps
	$(SWIFT) build -c release --product placard $(STATIC_STDLIB) $(MIMALLOC)

# The release binary into $(PREFIX)/bin (default /usr/local/bin; `make install PREFIX=$$HOME/.local` needs no root).
# It needs libcmark and libyaml (and libmimalloc when it was built with it), and libcurl only for `import wordpress --fetch-media`
# (loaded then); on Linux the Swift runtime is linked into it.
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/placard" "$(DESTDIR)$(PREFIX)/bin/placard"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/placard; start a site with: placard init mysite"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/placard"

# Placard against Hugo (installed with apt-get when missing) on corpora of 1 to 10,000 posts that
# scripts/bench_corpus.py generates and on the example site, then serve's save-to-page latency; prints a Markdown
# table. SIZES=1,100 RUNS=3 for a quick look.
SIZES ?= 1,100,1000,10000
RUNS ?= 5
bench: build
	scripts/bench --sizes $(SIZES) --runs $(RUNS)

# libcmark and libyaml through pkg-config: apt-get (Debian/Ubuntu) or Homebrew (macOS) when one is missing. The apt
# package lists are refreshed before installing, since a fresh machine has none.
deps:
	@if [ "$$(uname -s)" = Linux ] && command -v apt-get >/dev/null 2>&1 \
		&& ! ls /usr/lib/*/libmimalloc.so >/dev/null 2>&1; then \
		echo "Installing libmimalloc-dev with apt-get (the release build's allocator; optional)…"; \
		($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libmimalloc-dev) || true; \
	fi
	@if pkg-config --exists libcmark yaml-0.1 2>/dev/null; then exit 0; fi; \
	if command -v apt-get >/dev/null 2>&1; then \
		echo "Installing libcmark-dev, libyaml-dev and pkg-config with apt-get…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev libyaml-dev pkg-config; \
	elif command -v brew >/dev/null 2>&1; then \
		echo "Installing cmark, libyaml and pkg-config with Homebrew…"; \
		brew install cmark libyaml pkg-config; \
	else \
		echo "error: Placard needs libcmark (the CommonMark C library), libyaml and pkg-config." >&2; \
		echo "Install them with your package manager (e.g. 'dnf install cmark-devel libyaml-devel pkgconf')," >&2; \
		echo "then run make again." >&2; \
		exit 1; \
	fi
