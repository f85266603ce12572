console.log("frame")
