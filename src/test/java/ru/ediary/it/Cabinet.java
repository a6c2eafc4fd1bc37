package ru.ediary.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** What a guardian's cabinet page shows: the child's diary, or only the explanation that consent is needed. */
final class Cabinet {

    private Cabinet() {
    }

    static boolean isOpenFor(WebDriver browser, String childName) {
        String page = browser.findElement(By.tagName("main")).getText();
        boolean consentNeeded = !browser.findElements(By.id("consentNeeded")).isEmpty();
        return !consentNeeded && page.contains(childName.split(" ")[1]);
    }
}
