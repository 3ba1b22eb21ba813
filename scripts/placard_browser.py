"""Headless Chromium through Selenium for the checks (check-a11y, screenshots).

Uses Debian's chromium and chromium-driver (installed with apt when missing) and selenium from PyPI;
nothing is downloaded at run time (no Selenium Manager, no Playwright browsers). The browser is told to
log every network request and console message so a check can read them.
"""
import importlib
import os
import subprocess
import sys

from placard_nginx import apt_install

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WIDTHS = (390, 1280)  # a phone, a laptop


def pip_install(*packages):
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", *packages])
    importlib.invalidate_caches()  # so this process can import what was just installed


def ensure_browser():
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        apt_install("chromium", "chromium-driver")
    try:
        import selenium  # noqa: F401
    except ImportError:
        pip_install("selenium")


def start():
    """A headless Chromium with performance (network) and browser (console) logging."""
    ensure_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-default-apps", "--disable-features=Translate,OptimizationHints,MediaRouter",
                     "--window-size=1280,900", "--hide-scrollbars", "--force-color-profile=srgb"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    service = Service(executable_path=CHROMEDRIVER)  # never Selenium Manager's download
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Network.enable", {})
    return driver


def set_viewport(driver, width, height=900, color_scheme="light"):
    """Emulates a viewport of the width (a phone's, with its viewport meta honoured, below 600 px)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
    })
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-color-scheme", "value": color_scheme}],
    })
