import("dompurify").then(m=>console.log(m))
