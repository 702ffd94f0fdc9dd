// FrameWriter: a bounded queue in front of one writer thread.
#include "app/export/frame_writer.hpp"

#include <chrono>

namespace app {

FrameWriter::FrameWriter(FrameSink& sink, size_t frame_bytes, int slots) : sink_(sink) {
    buffers_.resize(size_t(std::max(slots, 1)));
    for (auto& b : buffers_) {
        b.resize(frame_bytes);
        free_.push_back(b.data());
    }
    thread_ = std::thread([this] { run(); });
}

FrameWriter::~FrameWriter() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        queued_.clear();
    }
    changed_.notify_all();
    thread_.join();
}

uint8_t* FrameWriter::acquire() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !free_.empty(); });
    uint8_t* frame = free_.front();
    free_.pop_front();
    return frame;
}

void FrameWriter::submit(uint8_t* frame) {
    {
        std::lock_guard lock(mutex_);
        queued_.push_back(frame);
    }
    changed_.notify_all();
}

base::Status FrameWriter::finish() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queued_.empty() && !writing_; });
    return error_;
}

base::Status FrameWriter::error() {
    std::lock_guard lock(mutex_);
    return error_;
}

double FrameWriter::busy_seconds() {
    std::lock_guard lock(mutex_);
    return busy_seconds_;
}

void FrameWriter::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [&] { return stopping_ || !queued_.empty(); });
        if (stopping_) return;
        uint8_t* frame = queued_.front();
        queued_.pop_front();
        writing_ = true;
        const bool failed = !error_.ok();
        lock.unlock();
        // After a failure the remaining frames are only recycled, so the GL thread never blocks.
        const auto start = std::chrono::steady_clock::now();
        base::Status e = failed ? base::Status(base::Ok{}) : sink_.write(frame);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        lock.lock();
        busy_seconds_ += seconds;
        if (error_.ok() && !e.ok()) error_ = std::move(e);
        writing_ = false;
        free_.push_back(frame);
        changed_.notify_all();
    }
}

} // namespace app
