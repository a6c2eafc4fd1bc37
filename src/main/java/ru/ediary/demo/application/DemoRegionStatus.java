package ru.ediary.demo.application;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the demo region is loaded yet; the start page tells visitors while it loads. */
@ApplicationScoped
public class DemoRegionStatus {

    public enum Stage { OFF, LOADING, READY, FAILED }

    private volatile Stage stage = Stage.OFF;
    private volatile String detail = "";

    public Stage getStage() {
        return stage;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isLoading() {
        return stage == Stage.LOADING;
    }

    public boolean isFailed() {
        return stage == Stage.FAILED;
    }

    void moveTo(Stage stage, String detail) {
        this.stage = stage;
        this.detail = detail;
    }
}
