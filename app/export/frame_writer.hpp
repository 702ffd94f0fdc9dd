// A background thread that hands finished frames to a FrameSink (ffmpeg's pipe, PNG files) while
// the GL thread renders the next ones. Frames travel in a small pool of reused buffers, in order.
#pragma once

#include "app/export/frame_sink.hpp"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace app {

class FrameWriter {
  public:
    // `slots` buffers of `frame_bytes` each: with 3, the GL thread can read back one frame while the
    // writer sends another and a third waits.
    FrameWriter(FrameSink& sink, size_t frame_bytes, int slots = 3);
    ~FrameWriter(); // stops the thread (frames not yet written are dropped)
    FrameWriter(const FrameWriter&) = delete;
    FrameWriter& operator=(const FrameWriter&) = delete;

    // A buffer to fill (waits while every buffer is queued for writing).
    uint8_t* acquire();
    // Queues a buffer from acquire() for writing, in the order submitted.
    void submit(uint8_t* frame);
    // Waits until every submitted frame is written; the first write error, if any.
    base::Status finish();
    // The first write error so far, without waiting (empty message: none).
    base::Status error();
    // Time the thread spent inside the sink (encoding and writing), seconds.
    double busy_seconds();

  private:
    void run();

    FrameSink& sink_;
    std::vector<std::vector<uint8_t>> buffers_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<uint8_t*> free_, queued_;
    bool writing_ = false, stopping_ = false;
    base::Status error_ = base::Ok{}; // the first failure
    double busy_seconds_ = 0;
    std::thread thread_;
};

} // namespace app
